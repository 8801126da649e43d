using Chokepoint.Model;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Scenarios;
using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>The single chain of issue 4: p made in USA, 365 units a year, 1 m per p (essential), 30 days of m in USA.</summary>
internal static class Chain
{
    public static readonly DateOnly Start = new(2025, 1, 1);

    public static DatasetBuilder Builder(params (string Country, double SharePct)[] mShares) =>
        new DatasetBuilder()
            .Produced("m", mShares.Length == 0 ? [("CHN", 100)] : mShares)
            .Product("p")
            .Recipe("p", "m")
            .Demand("p", "USA", 365)
            .Stock("m", "USA", 30);

    /// <summary>A CHN measure on m toward USA from day 0 (a ban unless configured otherwise).</summary>
    public static DatasetBuilder WithMeasure(this DatasetBuilder b, Func<ControlMeasure, ControlMeasure>? configure = null) =>
        b.Measure("M", ["m"], m => (configure ?? (x => x))(m with { Destinations = ["USA"], Effective = Start, Announced = Start }));

    public static Scenario Scenario(int horizon = 365, params string[] measures) =>
        new() { Name = "test", Start = Start, HorizonDays = horizon, MeasureIds = measures };

    public static SimulationResult Run(Dataset data, Scenario scenario, SimulationOptions? options = null) =>
        Simulator.Run(NetworkCompiler.Compile(data, scenario), options ?? new SimulationOptions());

    public static NodeOutcome Node(this SimulationResult r, string item, string country = "USA", string? kind = null) =>
        r.Outcomes.Single(o => o.Label.Item == item && o.Label.Country == country && (kind is null || o.Label.Kind == kind));

    public static SimulationResult RunAll(Dataset data, Scenario scenario) =>
        Run(data, scenario, new SimulationOptions(AllNodes: true));
}
