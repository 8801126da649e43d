using Chokepoint.Analysis.Leverage;
using Chokepoint.Model;
using Chokepoint.Simulation.Calibration;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Prices;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Application.Prices;

/// <summary>
/// Prices a stockpile where it would be bought: an item with observed prices at its modelled outside price (first
/// month and peak month of the scenario); any other item at its unit value (unit_values.csv) plus, during the crisis,
/// the change in price of its priced direct inputs times their content (recipes.csv) — so a Dy-grade magnet gains
/// what its dysprosium and terbium gained, and a light-rare-earth magnet nothing.
/// </summary>
public static class StockpilePrices
{
    /// <summary>Prices of <paramref name="items"/> under <paramref name="scenario"/> (one run as written).</summary>
    public static IReadOnlyDictionary<string, StockpilePrice> Of(Dataset dataset, Scenario scenario, IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(items);
        var outside = OutsidePaths(dataset, scenario);
        var values = new UnitValues(dataset);
        var result = new Dictionary<string, StockpilePrice>(StringComparer.Ordinal);
        foreach (var item in items.Distinct(StringComparer.Ordinal))
        {
            if (outside.TryGetValue(item, out var own))
            {
                result[item] = new StockpilePrice(item, own.CalmUsdPerKg, Peak(own), $"outside price (observed/prices.csv, modelled under {scenario.Name}): before any measure and in the peak month");
                continue;
            }
            var unit = values.UsdPerUnit(item);
            var inputs = dataset.InputsOf(item).Where(l => outside.ContainsKey(l.Input)).ToList();
            var change = inputs.Sum(l => l.Quantity * (Peak(outside[l.Input]) - outside[l.Input].CalmUsdPerKg));
            var basis = inputs.Count == 0
                ? "unit_values.csv (no priced input: the same before and during)"
                : $"unit_values.csv, plus during the crisis the outside price change of {string.Join(", ", inputs.Select(l => l.Input))} times their content (recipes.csv; computed)";
            result[item] = new StockpilePrice(item, unit, unit is { } u ? u + change : null, basis);
        }
        return result;
    }

    private static double Peak(PricePath p) => p.Median.Max();

    private static Dictionary<string, PricePath> OutsidePaths(Dataset dataset, Scenario scenario)
    {
        var empty = new Dictionary<string, PricePath>(StringComparer.Ordinal);
        if (PriceRuns.Items(dataset).Count == 0 || PriceRuns.Fit(dataset, Calibrator.DefaultUntil, out _) is not { } parameters) return empty;
        var compiled = NetworkCompiler.Compile(dataset, scenario);
        if (PriceRuns.Probe(dataset, compiled, 1, false) is not { } probe) return empty;
        Simulator.Run(compiled, new SimulationOptions(), probe);
        return PriceRuns.Paths(dataset, scenario, probe, parameters).Paths.Where(p => p.Market == ObservedPrice.Outside)
            .ToDictionary(p => p.Item, StringComparer.Ordinal);
    }
}
