namespace Chokepoint.Contracts;

/// <summary>Another supplier of a restricted item: share 0–100, spare capacity a year, expansion days, when it closes the gap.</summary>
public sealed record SupplierJson(string Item, string Country, double SharePct, double? SpareCapacity, double? Expansion, string? GapClosedBy);
