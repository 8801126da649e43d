using Chokepoint.Model;

namespace Chokepoint.Simulation.Scenarios;

/// <summary>
/// A stress-test scenario (a scenario YAML file, format in docs/model.md): which measures apply from
/// which day, which final demand to follow, and overrides of stocks and expansion. Immutable.
/// </summary>
public sealed record Scenario
{
    /// <summary>Short title.</summary>
    public required string Name { get; init; }
    /// <summary>What the scenario assumes and why.</summary>
    public string Description { get; init; } = "";
    /// <summary>Calendar date of day 0.</summary>
    public required DateOnly Start { get; init; }
    /// <summary>Number of simulated days, 1–3650.</summary>
    public int HorizonDays { get; init; } = 365;
    /// <summary>Registry measures by id; their own dates and suspensions apply.</summary>
    public IReadOnlyList<string> MeasureIds { get; init; } = [];
    /// <summary>True to run the measures as if never suspended (their own windows and suspension measures ignored).</summary>
    public bool IgnoreSuspensions { get; init; }
    /// <summary>Ad-hoc measures of the scenario (Effective = from, Ended = until).</summary>
    public IReadOnlyList<ControlMeasure> Controls { get; init; } = [];
    /// <summary>Final demand to follow; null = every row of demand.csv.</summary>
    public IReadOnlyList<DemandSelector>? Demand { get; init; }
    /// <summary>Overrides of stocks.csv.</summary>
    public StockOverrides Stocks { get; init; } = new();
    /// <summary>Overrides of expansion.csv by item.</summary>
    public IReadOnlyDictionary<string, Expansion> Expansion { get; init; } = new Dictionary<string, Expansion>();
    /// <summary>Monte Carlo distributions of uncertain parameters.</summary>
    public UncertainParameters Uncertain { get; init; } = new();
    /// <summary>File the scenario was read from (for messages).</summary>
    public string File { get; init; } = "<code>";
}

/// <summary>One final demand to follow: a product in a country, optionally with its own volume.</summary>
/// <param name="UnitsPerYear">Overrides demand.csv when given, ≥ 0.</param>
public sealed record DemandSelector(string Product, string Country, double? UnitsPerYear = null);

/// <summary>Overrides of stocks.csv: a default cover where the file has no row, and per-item covers for every country.</summary>
public sealed record StockOverrides
{
    /// <summary>Days of cover for every (input, holder) pair without a stocks.csv row; null keeps 0.</summary>
    public double? DefaultDays { get; init; }
    /// <summary>Days of cover by item, replacing stocks.csv for every holder.</summary>
    public IReadOnlyDictionary<string, double> Items { get; init; } = new Dictionary<string, double>();
}
