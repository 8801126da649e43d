namespace Chokepoint.Contracts;

/// <summary>The supply an item's buyers lose a year, the spare capacity against it, and the extra capacity that closes it by a date.</summary>
public sealed record GapJson(string Item, string Unit, double GapPerYear, double SparePerYear, string? ClosedBy, string By, double ExtraCapacityPerYear);
