namespace Chokepoint.Contracts;

/// <summary>The issuer's share (0–100) of world production of an item, its latest year, with what it measures and its source.</summary>
public sealed record IssuerShareJson(string Item, int Year, double SharePct, string Basis, bool Proxy, string Source, string Confidence);
