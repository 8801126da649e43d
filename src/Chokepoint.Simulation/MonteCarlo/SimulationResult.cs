using Chokepoint.Simulation.Network;

namespace Chokepoint.Simulation.MonteCarlo;

/// <summary>A statistic over runs: the median and the 5th/95th percentiles (nearest rank). Null means beyond the horizon / never.</summary>
public readonly record struct Stat(double? Median, double? P5, double? P95)
{
    /// <summary>A single-run value.</summary>
    public static Stat Of(double? value) => new(value, value, value);
}

/// <summary>Outcome of one node over the runs.</summary>
/// <param name="TtsDays">Time-to-survive in days (null: no unmet demand within the horizon).</param>
/// <param name="TtrDays">Time-to-recover in days (null: never recovered, or never short).</param>
/// <param name="LostOutputPct">Shortfall over the horizon as % of baseline output, 0–100.</param>
/// <param name="MinOutputFraction">Lowest daily output fraction, 0–1.</param>
/// <param name="Series">Daily output fraction (median over runs).</param>
/// <param name="SeriesP5">Daily 5th percentile (null for a single run).</param>
/// <param name="SeriesP95">Daily 95th percentile (null for a single run).</param>
public sealed record NodeOutcome(
    NodeLabel Label, Stat TtsDays, Stat TtrDays, Stat LostOutputPct, Stat MinOutputFraction,
    IReadOnlyList<double> Series, IReadOnlyList<double>? SeriesP5, IReadOnlyList<double>? SeriesP95)
{
    /// <summary>True when the node had unmet demand (in a single run; in at least 5% of Monte Carlo runs).</summary>
    public bool FellShort => TtsDays.P5 is not null;
}

/// <summary>The result of simulating a scenario: per node outcomes, worst first (largest median lost output).</summary>
public sealed record SimulationResult(
    string Scenario, DateOnly Start, int HorizonDays, int Runs, int Seed, IReadOnlyList<NodeOutcome> Outcomes, IReadOnlyList<string> Notes)
{
    /// <summary>Daily cross-border flows by item, exporter and importer (empty unless asked for in <see cref="SimulationOptions.Flows"/>).</summary>
    public IReadOnlyList<FlowSeries> Flows { get; init; } = [];

    /// <summary>Components that fell short in the run as written, when the simulation was that run (one run); else null.</summary>
    public IReadOnlyList<ShortComponent>? ComponentsShort { get; init; }
}
