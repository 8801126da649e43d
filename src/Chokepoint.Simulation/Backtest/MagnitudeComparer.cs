using Chokepoint.Model;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Simulation.Backtest;

/// <summary>Sets modelled lost output by month against observed/output.csv (rules on <see cref="OutputComparison"/>).</summary>
internal static class MagnitudeComparer
{
    public static List<OutputComparison> Compare(Dataset dataset, SimulationResult result, DateOnly? until)
    {
        var list = new List<OutputComparison>();
        foreach (var row in dataset.Tables.ObservedOutput.OrderBy(r => r.Country, StringComparer.Ordinal).ThenBy(r => r.Month))
        {
            var nodes = result.Outcomes.Where(o => !o.Label.IsSink && o.Label.Country == row.Country && row.Products.Contains(o.Label.Item)).ToList();
            var from = row.Month.DayNumber - result.Start.DayNumber;
            var to = row.Month.AddMonths(1).DayNumber - result.Start.DayNumber;
            double? modelled = null;
            if (nodes.Count > 0 && from >= 0 && to <= result.HorizonDays)
            {
                var sum = 0.0;
                foreach (var n in nodes)
                    for (var t = from; t < to; t++) sum += n.Series[t];
                modelled = 100 * (1 - (sum / (nodes.Count * (to - from))));
            }
            var fitted = until is { } u && row.Month.AddMonths(1).AddDays(-1) <= u;
            list.Add(new OutputComparison(row.ProductKey, row.Country, row.Month, row.Measure, row.ChangePct,
                row.ChangePct is { } c ? Math.Max(0, -c) : null, modelled, fitted));
        }
        return list;
    }

    /// <summary>The latest <c>fitted_until</c> over the phases of the scenario's measures; null when none was fitted.</summary>
    public static DateOnly? CutOff(Dataset dataset, Scenarios.Scenario scenario)
    {
        DateOnly? until = null;
        foreach (var id in scenario.MeasureIds)
        {
            if (!dataset.Measures.TryGetValue(id, out var m)) continue;
            foreach (var p in m.Phases)
                if (p.FittedUntil is { } f && (until is null || f > until)) until = f;
        }
        return until;
    }
}
