using Chokepoint.Analysis.Leverage;
using ScottPlot;

namespace Chokepoint.Reports;

/// <summary>The leverage scatter, rendered headless by ScottPlot to PNG (the charts of "What helps" are <see cref="Chokepoint.Application.Charts.HelpsCharts"/>).</summary>
public static class HelpsPlots
{
    static HelpsPlots() => Fonts.Default = "DejaVu Sans";

    /// <summary>Scatter, log-log: the issuer's forgone exports (x) against the target's lost output value (y), one labelled point per measure and item (pairs on the same point share it; labels never cover one another).</summary>
    public static void Leverage(IReadOnlyList<LeverageRow> rows, string issuer, string target, string path) =>
        LeverageFigure(rows, issuer, target).SavePng(path);

    /// <summary>The plot of <see cref="Leverage"/>; its legend sits below the data area.</summary>
    public static Figure LeverageFigure(IReadOnlyList<LeverageRow> rows, string issuer, string target)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var plot = new Plot();
        var shown = rows.Where(r => r.TargetLossUsd > 0 || r.IssuerForgoneUsd > 0).ToList();
        var labels = new List<ScottPlot.Plottables.Text>();
        var boundInLegend = false;
        // Pairs that land on the same point (within 2%) share one marker and one label.
        foreach (var point in shown.GroupBy(r => (X: Math.Round(Math.Log10(Math.Max(r.IssuerForgoneUsd, 1)), 2), Y: Math.Round(Math.Log10(Math.Max(r.TargetLossUsd, 1)), 2))))
        {
            var (x, y) = point.Key;
            // An open marker: the ratio is only an upper bound (forgone revenue counted inside the dataset's products).
            var bound = point.All(r => r.RatioIsUpperBound);
            var m = plot.Add.Marker(x, y, bound ? MarkerShape.OpenCircle : MarkerShape.FilledCircle, 9, point.First().Ratio is > 1 ? Colors.FireBrick : Colors.SteelBlue);
            m.LegendText = bound && !boundInLegend ? "open: ratio is an upper bound (≤ in the table)" : "";
            boundInLegend |= bound;
            // One clause per set of measures: "item, item (measure, measure)".
            var byItem = point.GroupBy(r => r.Item).Select(g => (Item: g.Key, Measures: string.Join(", ", g.Select(r => Short(r.Measure)).Distinct())));
            // Several measures on one point go on a second line, so the label stays narrow enough to place.
            var text = string.Join("; ", byItem.GroupBy(t => t.Measures).Select(g => $"{string.Join(", ", g.Select(t => t.Item))}{(g.Key.Contains(',', StringComparison.Ordinal) ? "\n" : " ")}({g.Key})"));
            var label = plot.Add.Text(text, x, y);
            label.LabelFontSize = 11;
            label.LabelOffsetX = 6;
            labels.Add(label);
        }
        if (shown.Count > 0)
        {
            var lo = shown.Min(r => Math.Log10(Math.Max(Math.Min(r.IssuerForgoneUsd, r.TargetLossUsd), 1)));
            var hi = shown.Max(r => Math.Log10(Math.Max(Math.Max(r.IssuerForgoneUsd, r.TargetLossUsd), 1)));
            // Reach past the points so the line shows even when every point lies on it.
            (lo, hi) = (lo - 0.5, hi + 0.5);
            var parity = plot.Add.Line(lo, lo, hi, hi);
            parity.LinePattern = LinePattern.Dashed;
            parity.LineColor = Colors.Gray;
            parity.LegendText = "damage = cost (ratio 1)";
            Legends.Below(plot);
        }
        var ticks = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => "$" + Pretty(Math.Pow(10, v)) };
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => "$" + Pretty(Math.Pow(10, v)) };
        plot.XLabel($"{issuer}'s forgone exports a year (log scale; computed; zero drawn at $1)");
        plot.YLabel($"{target}'s lost output value a year (log scale; computed; zero drawn at $1)");
        plot.Title($"Leverage of {issuer} over {target}: red = damage exceeds cost");
        plot.Axes.Margins(0.15, 0.15);
        if (shown.Count == 0)
        {
            plot.Axes.SetLimits(0, 9, 0, 9);
            plot.Add.Annotation($"No measure of {issuer} in force has a modelled effect on {target}", Alignment.MiddleCenter);
        }
        var figure = new Figure(plot, 1200, 700 + Legends.HeightPx(shown.Count > 0 ? 1 : 0));
        if (PointLabels.Spread(figure, labels) is > 0 and var leftOut)
            plot.Title($"Leverage of {issuer} over {target}: red = damage exceeds cost ({leftOut} crowded label(s) left out: see the table)");
        return figure;
    }

    private static string Short(string measure) => measure.Length <= 22 ? measure : measure[..22] + "…";

    private static string Pretty(double usd) => usd switch
    {
        >= 1e9 => $"{usd / 1e9:0.#}B",
        >= 1e6 => $"{usd / 1e6:0.#}M",
        >= 1e3 => $"{usd / 1e3:0.#}k",
        _ => $"{usd:0}",
    };
}
