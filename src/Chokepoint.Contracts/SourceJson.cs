namespace Chokepoint.Contracts;

/// <summary>A source of sources.csv as cited.</summary>
public sealed record SourceJson(string Id, string Title, string Publisher, string? Date, string Url);
