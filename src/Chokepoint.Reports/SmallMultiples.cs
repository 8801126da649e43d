using Chokepoint.Application.Charts;
using ScottPlot;

namespace Chokepoint.Reports;

/// <summary>
/// A chart of several lines with bands as small multiples in one plot: each line in its own panel (a strip of the
/// vertical axis from 0 to 1 of the axis's unit, with its band and its label above it), the first line on top, one
/// date axis shared. A file has no hover, so this is how the bands stay readable (the web shows one band at a time).
/// </summary>
internal static class SmallMultiples
{
    /// <summary>Height of one panel in units of the vertical axis; the panel's data take 0 to 1 of it.</summary>
    private const double Pitch = 1.4;

    private const int PanelPx = 150;

    public static Figure Render(Chart chart, int widthPx)
    {
        var lines = chart.Series.Where(s => s.Kind == SeriesKind.Line && s.Points.Count > 0).ToList();
        var plot = new Plot();
        plot.Title(ChartFigures.Title(chart, widthPx));
        plot.Axes.Right.MinimumSize = 40;
        plot.XLabel(chart.X.Label);
        plot.YLabel(chart.Y.Label + ", one panel a line");
        var ticks = new List<(double At, string Text)>();
        var x0 = lines.Min(s => ChartFigures.Position(chart.X.Scale, s.Points[0].X));
        for (var i = 0; i < lines.Count; i++)
        {
            var offset = (lines.Count - 1 - i) * Pitch;
            foreach (var level in new[] { 0.0, 1.0 })
            {
                var guide = plot.Add.HorizontalLine(offset + level);
                guide.LineColor = Colors.Gray.WithAlpha(0.35);
                guide.LineWidth = 1;
                ticks.Add((offset + level, level.ToString("0", System.Globalization.CultureInfo.InvariantCulture)));
            }
            SeriesPainter.Band(plot, chart, lines[i], offset);
            SeriesPainter.Line(plot, chart, lines[i], offset);
            var label = plot.Add.Text(lines[i].Label, x0, offset + 1.05);
            label.LabelFontSize = 12;
            label.LabelBold = true;
            label.LabelFontColor = ChartFigures.ColorOf(lines[i].Color);
            label.LabelAlignment = Alignment.LowerLeft;
        }
        if (chart.X.Scale == AxisScale.Date) ChartFigures.DateTicks(plot, chart.X.Label);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.Select(t => t.At).ToArray(), ticks.Select(t => t.Text).ToArray());
        plot.Axes.SetLimitsY(-0.1, ((lines.Count - 1) * Pitch) + Pitch);
        var xs = lines.SelectMany(s => s.Points).Select(p => ChartFigures.Position(chart.X.Scale, p.X)).ToList();
        plot.Axes.SetLimitsX(xs.Min(), xs.Max());
        return new Figure(plot, widthPx, 160 + (PanelPx * lines.Count));
    }
}
