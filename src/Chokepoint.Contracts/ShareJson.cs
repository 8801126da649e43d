namespace Chokepoint.Contracts;

/// <summary>One country's share of world production, with its source and confidence.</summary>
/// <param name="SharePct">0–100, from production.csv.</param>
public sealed record ShareJson(string Country, double SharePct, string Source, string Confidence);
