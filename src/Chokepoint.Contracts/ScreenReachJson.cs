namespace Chokepoint.Contracts;

/// <summary>How a measure reaches a screened part: clause (export, reexport, foreign-content), status and the clause's first day.</summary>
/// <param name="OnlyForEndUses">Null when the measure reaches the part; otherwise the end-use classes it is limited to (e.g. military), the part's end use not being given.</param>
public sealed record ScreenReachJson(string Id, string Reach, string Status, string From, IReadOnlyList<string>? OnlyForEndUses);
