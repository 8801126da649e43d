using Chokepoint.Simulation.Backtest;
using ScottPlot;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>The back-test plots: observed vs modelled index per flow series, and the event timeline with the model's marks.</summary>
internal static class BacktestPlots
{
    /// <summary>Writes the plots into <paramref name="dir"/>; returns the file names written.</summary>
    public static IReadOnlyList<string> Write(string dir, BacktestResult r)
    {
        Fonts.Default = "DejaVu Sans";
        var written = new List<string>();
        var n = 0;
        foreach (var series in r.Flows.GroupBy(f => (f.Item, f.Exporter, f.Importer)))
        {
            var rows = series.OrderBy(f => f.Month).ToList();
            var plot = new Plot();
            double X(DateOnly m) => m.ToDateTime(TimeOnly.MinValue).ToOADate();
            Line(plot, rows.Where(f => f.ObservedIndex is not null).Select(f => (X(f.Month), f.ObservedIndex!.Value)).ToList(), Colors.Black, "observed");
            Line(plot, rows.Where(f => f.ModelledIndex is not null).Select(f => (X(f.Month), f.ModelledIndex!.Value)).ToList(), Colors.OrangeRed, "modelled");
            plot.Axes.DateTimeTicksBottom();
            plot.Title($"{series.Key.Exporter} → {(series.Key.Importer == "*" ? "all" : series.Key.Importer)}: {series.Key.Item}");
            plot.YLabel("Index (1 = months before the first measure)");
            plot.ShowLegend(Alignment.LowerRight);
            var stem = $"flow-{++n}-{series.Key.Exporter}-{(series.Key.Importer == "*" ? "all" : series.Key.Importer)}";
            plot.SavePng(Path.Combine(dir, stem + ".png"), 900, 500);
            plot.SaveSvg(Path.Combine(dir, stem + ".svg"), 900, 500);
            written.AddRange([stem + ".png", stem + ".svg"]);
        }
        if (r.Events.Count > 0) written.AddRange(Timeline(dir, r));
        return written;
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
            var date = e.Date.Length == 7 ? DateOnly.ParseExact(e.Date + "-15", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                : DateOnly.ParseExact(e.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var obs = plot.Add.Marker(date.ToDateTime(TimeOnly.MinValue).ToOADate(), y, MarkerShape.FilledCircle, 9, Colors.Black);
            if (i == 0) obs.LegendText = "observed";
            if (e.ModelledDate is { } m)
            {
                var mod = plot.Add.Marker(m.ToDateTime(TimeOnly.MinValue).ToOADate(), y, MarkerShape.FilledTriangleUp, 10, e.Hit == false ? Colors.Red : Colors.SeaGreen);
                if (i == 0) mod.LegendText = "modelled (green: hit or not scored, red: miss)";
            }
        }
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.SetTicks(Enumerable.Range(0, r.Events.Count).Select(i => (double)(r.Events.Count - i)).ToArray(), labels.ToArray());
        plot.Title($"{r.Scenario}: observed events and modelled dates");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(Path.Combine(dir, "events.png"), 1000, 500);
        plot.SaveSvg(Path.Combine(dir, "events.svg"), 1000, 500);
        return ["events.png", "events.svg"];
    }
}
