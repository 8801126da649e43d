using Chokepoint.Simulation.Backtest;
using ScottPlot;

namespace Chokepoint.Reports;

/// <summary>The back-test plots: observed vs modelled index per flow series, and the event timeline with the model's marks.</summary>
public static class BacktestPlots
{
    /// <summary>Writes the plots into <paramref name="dir"/>; returns the file names written.</summary>
    public static IReadOnlyList<string> Write(string dir, BacktestResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        Fonts.Default = "DejaVu Sans";
        var written = new List<string>();
        var n = 0;
        foreach (var series in r.Flows.GroupBy(f => (f.Item, f.Exporter, f.Importer)))
        {
            var rows = series.OrderBy(f => f.Month).ToList();
            var plot = new Plot();
            Line(plot, rows.Where(f => f.ObservedIndex is not null).Select(f => (X(f.Month), f.ObservedIndex!.Value)).ToList(), Colors.Black, "observed");
            Line(plot, rows.Where(f => f.ModelledIndex is not null).Select(f => (X(f.Month), f.ModelledIndex!.Value)).ToList(), Colors.OrangeRed, "modelled");
            IsoDates(plot);
            plot.Title($"{series.Key.Exporter} → {(series.Key.Importer == "*" ? "all" : series.Key.Importer)}: {series.Key.Item}");
            plot.YLabel("Index (1 = months before the first measure)");
            Legends.Below(plot);
            var stem = $"flow-{++n}-{series.Key.Exporter}-{(series.Key.Importer == "*" ? "all" : series.Key.Importer)}";
            var height = 500 + Legends.HeightPx(2);
            plot.SavePng(Path.Combine(dir, stem + ".png"), 900, height);
            plot.SaveSvg(Path.Combine(dir, stem + ".svg"), 900, height);
            written.AddRange([stem + ".png", stem + ".svg"]);
        }
        if (r.Events.Count > 0) written.AddRange(Timeline(dir, r));
        return written;
    }

    private static double X(DateOnly d) => d.ToDateTime(TimeOnly.MinValue).ToOADate();

    private static void IsoDates(Plot plot)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
            ticks.LabelFormatter = d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Line(Plot plot, List<(double X, double Y)> points, Color color, string legend)
    {
        if (points.Count == 0) return;
        var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
        line.Color = color;
        line.LineWidth = 2;
        line.MarkerSize = 6;
        line.LegendText = legend;
    }

    private static string[] Timeline(string dir, BacktestResult r)
    {
        var plot = new Plot();
        var labels = new List<string>();
        for (var i = 0; i < r.Events.Count; i++)
        {
            var e = r.Events[i];
            var y = r.Events.Count - i;
            labels.Add($"{e.Country} {e.Product} {e.Event}");
            var month = e.Date.Length == 7;
            var from = DateOnly.ParseExact(month ? e.Date + "-01" : e.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var to = month ? from.AddMonths(1).AddDays(-1) : from;
            if (month)
            {
                // A month-only date is the whole month: drawn as a bar from its first to its last day.
                var span = plot.Add.Line(X(from), y, X(to), y);
                span.Color = Colors.Black;
                span.LineWidth = 4;
            }
            var obs = plot.Add.Marker(X(from.AddDays((to.DayNumber - from.DayNumber) / 2)), y, MarkerShape.FilledCircle, 9, Colors.Black);
            if (i == 0) obs.LegendText = "observed";
            if (e.ModelledDate is { } m)
            {
                var mod = plot.Add.Marker(X(m), y, MarkerShape.FilledTriangleUp, 10, e.Hit == false ? Colors.Red : Colors.SeaGreen);
                if (i == 0) mod.LegendText = "modelled (green: hit or not scored, red: miss)";
            }
        }
        IsoDates(plot);
        plot.Axes.Margins(0.08, 0.12);
        plot.Axes.Left.SetTicks(Enumerable.Range(0, r.Events.Count).Select(i => (double)(r.Events.Count - i)).ToArray(), labels.ToArray());
        plot.Title($"{r.Scenario}: observed events and modelled dates");
        Legends.Below(plot);
        var height = 500 + Legends.HeightPx(r.Events[0].ModelledDate is not null ? 2 : 1);
        plot.SavePng(Path.Combine(dir, "events.png"), 1000, height);
        plot.SaveSvg(Path.Combine(dir, "events.svg"), 1000, height);
        return ["events.png", "events.svg"];
    }
}
