using Chokepoint.Application.Charts;
using ScottPlot;

namespace Chokepoint.Reports;

/// <summary>Draws the series of a <see cref="Chart"/> into a ScottPlot plot: every band first, then bars, segments, lines and markers, so that no band covers a line.</summary>
internal static class SeriesPainter
{
    /// <summary>Draws the series; returns the point labels placed afterwards by <see cref="PointLabels"/>.</summary>
    public static List<ScottPlot.Plottables.Text> Draw(Plot plot, Chart chart)
    {
        var labels = new List<ScottPlot.Plottables.Text>();
        foreach (var s in chart.Series.Where(s => s.Kind == SeriesKind.Line && s.HasBand))
            Band(plot, chart, s, 0);
        var groups = BarGroups(chart);
        var bar = 0;
        foreach (var s in chart.Series)
        {
            switch (s.Kind)
            {
                case SeriesKind.Bars: Bars(plot, chart, s, bar++, groups); break;
                case SeriesKind.Segments: Segments(plot, chart, s); break;
                case SeriesKind.Line: Line(plot, chart, s, 0); break;
                case SeriesKind.Markers: labels.AddRange(Markers(plot, chart, s)); break;
            }
        }
        return labels;
    }

    /// <summary>How many bar series stand side by side in each category.</summary>
    public static int BarGroups(Chart chart) => Math.Max(1, chart.Series.Count(s => s.Kind == SeriesKind.Bars));

    /// <summary>The position of the <paramref name="group"/>th bar of category <paramref name="category"/>: groups of bars with a gap between categories.</summary>
    public static double Slot(int category, int group, int groups) => groups == 1 ? category : (category * (groups + 1)) + group;

    /// <summary>The ScottPlot marker of a model marker.</summary>
    public static MarkerShape Shape(PointMarker m) => m switch
    {
        PointMarker.OpenCircle => MarkerShape.OpenCircle,
        PointMarker.Square => MarkerShape.FilledSquare,
        PointMarker.Diamond => MarkerShape.FilledDiamond,
        PointMarker.Triangle => MarkerShape.FilledTriangleUp,
        PointMarker.None => MarkerShape.None,
        _ => MarkerShape.FilledCircle,
    };

    /// <summary>The band of a line, shifted up by <paramref name="offset"/> (small multiples).</summary>
    public static void Band(Plot plot, Chart chart, Series s, double offset)
    {
        var pts = s.Points.Where(p => p.Low is not null && p.High is not null).ToList();
        if (pts.Count == 0) return;
        var band = plot.Add.FillY(pts.Select(p => ChartFigures.Position(chart.X.Scale, p.X)).ToArray(),
            pts.Select(p => ChartFigures.Position(chart.Y.Scale, p.Low!.Value) + offset).ToArray(), pts.Select(p => ChartFigures.Position(chart.Y.Scale, p.High!.Value) + offset).ToArray());
        band.FillColor = ChartFigures.ColorOf(s.Color).WithAlpha(0.2);
        band.LineWidth = 0;
    }

    /// <summary>The line of a series, shifted up by <paramref name="offset"/> (small multiples).</summary>
    public static void Line(Plot plot, Chart chart, Series s, double offset)
    {
        if (s.Points.Count == 0) return;
        var line = plot.Add.Scatter(s.Points.Select(p => ChartFigures.Position(chart.X.Scale, p.X)).ToArray(), s.Points.Select(p => ChartFigures.Position(chart.Y.Scale, p.Y) + offset).ToArray());
        line.Color = ChartFigures.ColorOf(s.Color);
        line.LineWidth = 2;
        line.MarkerSize = s.Marker == PointMarker.None ? 0 : 6;
        line.MarkerShape = Shape(s.Marker);
        if (s.Dashed) line.LinePattern = LinePattern.Dashed;
    }

    private static void Bars(Plot plot, Chart chart, Series s, int group, int groups)
    {
        var horizontal = chart.Y.Scale == AxisScale.Category;
        var bars = new List<Bar>();
        foreach (var p in s.Points)
        {
            var category = (int)Math.Round(horizontal ? p.Y : p.X);
            var bar = new Bar
            {
                Position = Slot(category, group, groups), Value = horizontal ? p.X : p.Y,
                FillColor = ChartFigures.ColorOf(p.Color ?? s.Color), Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
            };
            if (p.Hatched)
            {
                bar.FillStyle.Hatch = new ScottPlot.Hatches.Striped();
                bar.FillStyle.HatchColor = Colors.Black.WithAlpha(0.55);
            }
            bars.Add(bar);
        }
        if (bars.Count > 0) plot.Add.Bars(bars);
    }

    private static void Segments(Plot plot, Chart chart, Series s)
    {
        foreach (var p in s.Points)
        {
            var from = ChartFigures.Position(chart.X.Scale, p.X);
            var to = ChartFigures.Position(chart.X.Scale, p.XEnd ?? p.X);
            var line = plot.Add.Line(from, p.Y, to, p.Y);
            line.LineWidth = 9;
            line.LineColor = ChartFigures.ColorOf(p.Color ?? s.Color);
            line.MarkerSize = 0;
        }
    }

    private static List<ScottPlot.Plottables.Text> Markers(Plot plot, Chart chart, Series s)
    {
        var labels = new List<ScottPlot.Plottables.Text>();
        foreach (var p in s.Points)
        {
            var x = ChartFigures.Position(chart.X.Scale, p.X);
            var y = ChartFigures.Position(chart.Y.Scale, p.Y);
            var size = s.Marker is PointMarker.Diamond or PointMarker.Triangle ? 11 : 9;
            plot.Add.Marker(x, y, Shape(s.Marker == PointMarker.None ? PointMarker.Circle : s.Marker), size, ChartFigures.ColorOf(p.Color ?? s.Color));
            if (p.Text is null) continue;
            var label = plot.Add.Text(p.Text, x, y);
            label.LabelFontSize = 11;
            label.LabelOffsetX = 6;
            labels.Add(label);
        }
        return labels;
    }
}
