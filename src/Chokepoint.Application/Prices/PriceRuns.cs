using Chokepoint.Application.Handlers;
using Chokepoint.Model;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Prices;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Application.Prices;

/// <summary>
/// The price model as every command uses it: the coefficients fitted on the calibration scenario (replay-2025, as
/// written) against observed/prices.csv up to the calibration cut-off, a probe for a scenario's runs, and the paths.
/// </summary>
public static class PriceRuns
{
    /// <summary>The scenario whose single run supplies the drivers of the fit.</summary>
    public const string CalibrationScenario = "replay-2025";

    /// <summary>Most runs whose price drivers are kept (memory grows with runs × items × months).</summary>
    public const int MaxRuns = 10_000;

    /// <summary>The items the dataset has observed prices for.</summary>
    public static IReadOnlyList<string> Items(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return ObservedPrices.Items(dataset.Tables.ObservedPrices);
    }

    /// <summary>A probe for <paramref name="runs"/> runs of <paramref name="compiled"/>; null when the dataset has no prices or too many runs are asked.</summary>
    public static PriceProbe? Probe(Dataset dataset, CompiledScenario compiled, int runs, bool allFlows)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(compiled);
        var items = Items(dataset);
        if (items.Count == 0 || runs > MaxRuns) return null;
        return PriceProbe.Build(compiled, new PriceRegime(dataset, compiled.Scenario), items, runs, allFlows);
    }

    /// <summary>Coefficients fitted on the calibration scenario up to <paramref name="cutoff"/>; null (with the reason) when it cannot be run.</summary>
    public static PriceParameters? Fit(Dataset dataset, DateOnly cutoff, out string? why)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        why = null;
        if (ScenarioLoader.BuiltIn(dataset, CalibrationScenario) is not { } calibration)
        {
            why = $"the dataset has no built-in scenario '{CalibrationScenario}' to fit the price model on";
            return null;
        }
        var compiled = NetworkCompiler.Compile(dataset, calibration);
        if (Probe(dataset, compiled, 1, false) is not { } probe)
        {
            why = "the dataset has no observed prices (observed/prices.csv)";
            return null;
        }
        Simulator.Run(compiled, new SimulationOptions(), probe);
        var regime = new PriceRegime(dataset, calibration);
        return PriceFit.Fit(probe.Drivers(), regime, ObservedPrices.Points(dataset.Tables.ObservedPrices), cutoff, CalibrationScenario);
    }

    /// <summary>Paths of every probed item (or only <paramref name="item"/>) in both markets, with the ratio score.</summary>
    public static PriceOutcome Paths(Dataset dataset, Scenario scenario, PriceProbe probe, PriceParameters parameters, string? item = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(parameters);
        var regime = new PriceRegime(dataset, scenario);
        var observed = ObservedPrices.Points(dataset.Tables.ObservedPrices, item);
        var paths = new List<PricePath>();
        var notes = new List<string>();
        foreach (var d in probe.Drivers().Where(d => item is null || d.Item == item))
            foreach (var market in new[] { ObservedPrice.Inside, ObservedPrice.Outside })
            {
                if (ObservedPrices.Anchor(observed, d.Item, market) is not { } anchor) continue;
                if (anchor.Market != market)
                    notes.Add($"Assumed: {d.Item} has no observed {market} price; its {market} path starts from the {anchor.Market} price of {anchor.Month:yyyy-MM} (parity before the drivers move).");
                paths.Add(PriceModel.Path(d, parameters, regime, market, anchor));
            }
        return new PriceOutcome(parameters, paths, observed, PriceRatioScore.Of(paths, observed, parameters.Cutoff), notes);
    }
}
