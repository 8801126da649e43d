namespace Chokepoint.Contracts;

/// <summary>A change of a measure's status: from a date, the status, and whether a source confirms it.</summary>
public sealed record StatusChangeJson(string From, string Status, bool Verified);
