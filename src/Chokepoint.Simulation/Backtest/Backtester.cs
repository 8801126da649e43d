using Chokepoint.Model;
using Chokepoint.Simulation.Engine;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Network;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Backtest;

/// <summary>
/// Compares a simulated scenario (run with flows recorded) with the observed record of the dataset (observed/flows.csv,
/// observed/events.csv). Rules in docs/backtest.md: flows as indices over the months before the first measure on the flow;
/// short events against TTS, resumed events against the first day output is back to baseline; hits within ±21 days.
/// </summary>
public static class Backtester
{
    /// <summary>An event is hit when the modelled date lies within this many days of the observed date (or month).</summary>
    public const int HitWindowDays = 21;

    /// <summary>Compares <paramref name="result"/> (simulated with <see cref="SimulationOptions.Flows"/>) of <paramref name="scenario"/> with the record in <paramref name="dataset"/>.</summary>
    public static BacktestResult Compare(Dataset dataset, Scenario scenario, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        var notes = new List<string>();
        var until = MagnitudeComparer.CutOff(dataset, scenario);
        var flows = CompareFlows(dataset, scenario, result, notes)
            .Select(f => f with { Fitted = until is { } u && f.Month.AddMonths(1).AddDays(-1) <= u }).ToList();
        var outputs = MagnitudeComparer.Compare(dataset, result, until);
        var events = dataset.Tables.ObservedEvents.Select(e => CompareEvent(e, result)).ToList();
        var scored = events.Where(e => e.Hit is not null).ToList();
        var errors = scored.Where(e => e.ErrorDays is not null).Select(e => (double)Math.Abs(e.ErrorDays!.Value)).Order().ToList();
        var both = flows.Where(f => f.ObservedIndex is not null && f.ModelledIndex is not null).ToList();
        double? Mae(IEnumerable<FlowComparison> fs) => fs.Select(f => Math.Abs(f.ObservedIndex!.Value - f.ModelledIndex!.Value)).DefaultIfEmpty(double.NaN).Average() is var a && double.IsNaN(a) ? null : a;
        var magnitude = outputs.Where(o => o.ObservedLossPct is not null && o.ModelledLossPct is not null)
            .Select(o => Math.Abs(o.ObservedLossPct!.Value - o.ModelledLossPct!.Value)).ToList();
        var score = new BacktestScore(scored.Count(e => e.Hit == true), scored.Count,
            errors.Count == 0 ? null : Median(errors), Mae(both), Mae(both.Where(f => f.Fitted)), Mae(both.Where(f => !f.Fitted)),
            magnitude.Count == 0 ? null : magnitude.Average(), magnitude.Count);
        return new BacktestResult(result.Scenario, result.Runs, flows, events, score, notes) { Outputs = outputs, FittedUntil = until };
    }

    private static List<FlowComparison> CompareFlows(Dataset dataset, Scenario scenario, SimulationResult result, List<string> notes)
    {
        var comparisons = new List<FlowComparison>();
        foreach (var series in dataset.Tables.ObservedFlows.GroupBy(f => (f.ItemKey, f.Exporter, f.Importer)))
        {
            var rows = series.OrderBy(f => f.Month).ToList();
            var first = FirstMeasure(dataset, scenario, rows[0]);
            bool Before(DateOnly month) => first is null || month.AddMonths(1) <= first.Value;
            var observedBase = rows.Where(r => Before(r.Month)).Select(r => r.Quantity).ToList();
            var modelled = rows.ToDictionary(r => r.Month, r => MonthlyFlow(result, rows[0], r.Month));
            var modelledBase = modelled.Where(kv => Before(kv.Key) && kv.Value is not null).Select(kv => kv.Value!.Value).ToList();
            if (observedBase.Count == 0 || observedBase.Average() <= 0)
                notes.Add($"{series.Key.ItemKey} {series.Key.Exporter}→{series.Key.Importer}: no observed month before the first measure on the flow ({first:yyyy-MM-dd}); no index");
            if (modelledBase.Count == 0 || modelledBase.Average() <= 0)
                notes.Add($"{series.Key.ItemKey} {series.Key.Exporter}→{series.Key.Importer}: the model has no such flow before the first measure; no modelled index");
            var ob = observedBase.Count > 0 && observedBase.Average() > 0 ? observedBase.Average() : (double?)null;
            var mb = modelledBase.Count > 0 && modelledBase.Average() > 0 ? modelledBase.Average() : (double?)null;
            foreach (var r in rows)
                comparisons.Add(new FlowComparison(r.ItemKey, r.Exporter, r.Importer, r.Month,
                    ob is { } o ? r.Quantity / o : null, mb is { } m && modelled[r.Month] is { } q ? q / m : null));
        }
        return comparisons;
    }

    /// <summary>First day (on or after the start) a measure of the scenario on any of the flow's items from its exporter toward its importer is in force.</summary>
    private static DateOnly? FirstMeasure(Dataset dataset, Scenario scenario, ObservedFlow flow)
    {
        var measures = scenario.MeasureIds.Where(dataset.Measures.ContainsKey).Select(id => dataset.Measures[id]).Concat(scenario.Controls);
        DateOnly? first = null;
        foreach (var m in measures)
        {
            if (m.Issuer != flow.Exporter || !m.Items.Any(flow.Items.Contains)) continue;
            if (flow.Importer != Names.Everyone && !m.Targets(flow.Importer)) continue;
            var from = m.Effective < scenario.Start ? scenario.Start : m.Effective;
            if (first is null || from < first) first = from;
        }
        return first;
    }

    /// <summary>Sum over the month's days (within the horizon) of the modelled flow of the series' items; null when a day lies outside it.</summary>
    private static double? MonthlyFlow(SimulationResult result, ObservedFlow flow, DateOnly month)
    {
        var from = month.DayNumber - result.Start.DayNumber;
        var to = month.AddMonths(1).DayNumber - result.Start.DayNumber;
        if (from < 0 || to > result.HorizonDays) return null;
        var sum = 0.0;
        var any = false;
        foreach (var f in result.Flows)
        {
            if (f.Key.Exporter != flow.Exporter || !flow.Items.Contains(f.Key.Item)) continue;
            if (flow.Importer != Names.Everyone && f.Key.Importer != flow.Importer) continue;
            any = true;
            for (var t = from; t < to; t++) sum += f.PerDay[t];
        }
        return any ? sum : null;
    }

    private static EventComparison CompareEvent(ObservedEvent e, SimulationResult result)
    {
        var made = result.Outcomes.FirstOrDefault(o => o.Label.Item == e.Product && o.Label.Country == e.Country && !o.Label.IsSink);
        var node = made ?? result.Outcomes.FirstOrDefault(o => o.Label.Item == e.Product && o.Label.Country == e.Country && o.Label.Kind == NodeLabel.DemandKind);
        int? day = node is null ? null : e.Event switch
        {
            ObservedEvent.Resumed => FirstRecovery(node),
            _ => node.TtsDays.Median is { } tts ? (int)Math.Round(tts) : null,
        };
        DateOnly? date = day is { } d ? result.Start.AddDays(d) : null;
        int? error = date is { } x ? x < e.From ? x.DayNumber - e.From.DayNumber : x > e.To ? x.DayNumber - e.To.DayNumber : 0 : null;
        bool? hit = e.Event == ObservedEvent.Warned ? null : error is { } err && Math.Abs(err) <= HitWindowDays;
        return new EventComparison(e.Date, e.Country, e.Product, e.Event, e.Firm, date, hit, error,
            node is null ? "none" : node.Label.Semantics);
    }

    /// <summary>First day after the first shortfall on which the (median) output is back to ≥ <see cref="DailyEngine.RecoveredFraction"/> of baseline.</summary>
    private static int? FirstRecovery(NodeOutcome node)
    {
        if (node.TtsDays.Median is not { } tts) return null;
        for (var t = (int)Math.Round(tts) + 1; t < node.Series.Count; t++)
            if (node.Series[t] >= DailyEngine.RecoveredFraction) return t;
        return null;
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
