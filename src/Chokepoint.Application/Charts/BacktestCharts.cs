using Chokepoint.Simulation.Backtest;

namespace Chokepoint.Application.Charts;

/// <summary>The back-test's charts: observed against modelled index per flow series, and the observed events with the model's dates.</summary>
public static class BacktestCharts
{
    /// <summary>One chart per flow series (item, exporter, importer), in the order of the result.</summary>
    public static IReadOnlyList<Chart> Flows(BacktestResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var charts = new List<Chart>();
        foreach (var flow in r.Flows.GroupBy(f => (f.Item, f.Exporter, f.Importer)))
        {
            var months = flow.OrderBy(f => f.Month).ToList();
            var observed = months.Where(f => f.ObservedIndex is not null).Select(f => new ChartPoint(ChartPoint.Day(f.Month), f.ObservedIndex!.Value)).ToList();
            var modelled = months.Where(f => f.ModelledIndex is not null).Select(f => new ChartPoint(ChartPoint.Day(f.Month), f.ModelledIndex!.Value)).ToList();
            charts.Add(new Chart(
                $"{flow.Key.Exporter} → {Importer(flow.Key.Importer)}: {flow.Key.Item}",
                new Axis("month", AxisScale.Date),
                new Axis("index (1 = months before the first measure; observed: sourced, modelled: computed)"),
                [
                    new Series("observed", SeriesKind.Line, observed) { Color = ChartColors.Black, Marker = PointMarker.Circle },
                    new Series("modelled", SeriesKind.Line, modelled) { Color = ChartColors.Red, Marker = PointMarker.Triangle },
                ])
            {
                EmptyText = "No observed or modelled month",
            });
        }
        return charts;
    }

    /// <summary>A file-name stem for the <paramref name="index"/>th (from 1) flow chart.</summary>
    public static string FlowStem(BacktestResult r, int index)
    {
        ArgumentNullException.ThrowIfNull(r);
        var key = r.Flows.Select(f => (f.Item, f.Exporter, f.Importer)).Distinct().ElementAt(index - 1);
        return $"flow-{index}-{key.Exporter}-{Importer(key.Importer)}";
    }

    /// <summary>The observed events, one row each, with the model's date for each (green: hit or not scored, red: miss); null when there is none.</summary>
    public static Chart? Events(BacktestResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Events.Count == 0) return null;
        var rows = r.Events.Select(e => $"{e.Country} {e.Product} {e.Event}").ToList();
        var spans = new List<ChartPoint>();
        var observed = new List<ChartPoint>();
        var hits = new List<ChartPoint>();
        var misses = new List<ChartPoint>();
        for (var i = 0; i < r.Events.Count; i++)
        {
            var e = r.Events[i];
            var month = e.Date.Length == 7;
            var from = DateOnly.ParseExact(month ? e.Date + "-01" : e.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var to = month ? from.AddMonths(1).AddDays(-1) : from;
            // A month-only date is the whole month: drawn as a segment from its first to its last day.
            if (month) spans.Add(new ChartPoint(ChartPoint.Day(from), i) { XEnd = ChartPoint.Day(to), Hover = e.Date });
            observed.Add(new ChartPoint(ChartPoint.Day(from.AddDays((to.DayNumber - from.DayNumber) / 2)), i) { Hover = $"{e.Date} {e.Firm}".Trim() });
            if (e.ModelledDate is { } m) (e.Hit == false ? misses : hits).Add(new ChartPoint(ChartPoint.Day(m), i) { Hover = e.Node });
        }
        return new Chart(
            $"{r.Scenario}: observed events and modelled dates",
            new Axis("date", AxisScale.Date),
            new Axis("event", AxisScale.Category) { Categories = rows },
            [
                new Series("observed month", SeriesKind.Segments, spans) { Color = ChartColors.Black, InLegend = false },
                new Series("observed", SeriesKind.Markers, observed) { Color = ChartColors.Black, Marker = PointMarker.Circle },
                new Series("modelled: hit or not scored", SeriesKind.Markers, hits) { Color = ChartColors.Green, Marker = PointMarker.Triangle },
                new Series("modelled: miss", SeriesKind.Markers, misses) { Color = ChartColors.Red, Marker = PointMarker.Triangle },
            ]);
    }

    private static string Importer(string importer) => importer == "*" ? "all" : importer;
}
