namespace Chokepoint.Contracts;

/// <summary>A part whose status changed: verdict and measures in force and suspended, before and after.</summary>
public sealed record PartChangeJson(int Row, string Part, string Code, string VerdictBefore, string VerdictAfter,
    IReadOnlyList<string> MeasuresBefore, IReadOnlyList<string> MeasuresAfter, IReadOnlyList<string> SuspendedBefore, IReadOnlyList<string> SuspendedAfter);
