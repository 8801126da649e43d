namespace Chokepoint.Contracts;

/// <summary>One country's share of world production, with its source and confidence.</summary>
/// <param name="SharePct">0–100, from production.csv.</param>
/// <param name="Basis">What the share measures: output, capacity, ownership, or a proxy (mining-proxy, export-proxy, parent-share).</param>
/// <param name="Proxy">True when the share stands in for another measure.</param>
public sealed record ShareJson(string Country, double SharePct, string Source, string Confidence, string Basis = "output", bool Proxy = false);
