namespace Chokepoint.Application.Report;

/// <summary>How much work the report's simulated sections do.</summary>
/// <param name="StressRuns">Monte Carlo runs of the stress test (seed <see cref="Seed"/>).</param>
/// <param name="HelpsRuns">Monte Carlo runs per stockpile evaluation in "What helps".</param>
/// <param name="Threads">Worker threads.</param>
public sealed record ReportOptions(int StressRuns = 500, int HelpsRuns = 40, int Threads = 1)
{
    /// <summary>Seed of every Monte Carlo draw of the report.</summary>
    public const int Seed = 1;

    /// <summary>The built-in scenario the stress test and "What helps" replay.</summary>
    public const string Replay = "replay-2025";

    /// <summary>The built-in scenario of the US 2025 chip controls (the leverage section's third table).</summary>
    public const string ChipControls = "us-chip-controls-2025";

    /// <summary>The target of "What helps".</summary>
    public const string HelpsTarget = "USA";
}
