using Chokepoint.Application.Charts;

namespace Chokepoint.Application.Report;

/// <summary>One chart of the report with the file stem it is written under (the report writes <c>stem.png</c>; the overview draws the same chart).</summary>
/// <param name="Stem">File name without extension, e.g. "exposure-usa".</param>
/// <param name="Chart">The chart.</param>
public sealed record ReportChart(string Stem, Chart Chart);
