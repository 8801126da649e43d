namespace Chokepoint.Contracts;

/// <summary>How a measure reaches a screened part: clause (export, reexport, foreign-content), status and the clause's first day.</summary>
public sealed record ScreenReachJson(string Id, string Reach, string Status, string From);
