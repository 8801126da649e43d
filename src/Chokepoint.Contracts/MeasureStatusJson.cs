namespace Chokepoint.Contracts;

/// <summary>A measure's status on the report's date.</summary>
public sealed record MeasureStatusJson(string Id, string Status, string? StatusIfUnchanged);
