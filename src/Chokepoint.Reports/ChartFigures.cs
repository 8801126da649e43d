using System.Globalization;
using Chokepoint.Application.Charts;
using ScottPlot;

namespace Chokepoint.Reports;

/// <summary>
/// Renders the application layer's <see cref="Chart"/> with ScottPlot to PNG or SVG, for the report and the CLI's
/// <c>--plot</c> files: the chart's title, axis labels, series labels and colours as the model says, the legend in a
/// panel below the data area. A chart whose bands are shown on demand is drawn as small multiples (one panel a line).
/// </summary>
public static class ChartFigures
{
    static ChartFigures() => Fonts.Default = "DejaVu Sans";

    /// <summary>The figure of <paramref name="chart"/>, <paramref name="widthPx"/> wide (positive), as high as its rows and legend need.</summary>
    public static Figure Render(Chart chart, int widthPx = 1100)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(widthPx);
        Fonts.Default = "DejaVu Sans";
        if (chart.Bands == BandDisplay.OnDemand && chart.Series.Count(s => s.Kind == SeriesKind.Line && s.Points.Count > 0) > 1)
            return SmallMultiples.Render(chart, widthPx);
        var plot = new Plot();
        plot.Title(Title(chart, widthPx));
        plot.XLabel(chart.X.Label);
        if (chart.Y.Scale != AxisScale.Category) plot.YLabel(chart.Y.Label);
        var labels = SeriesPainter.Draw(plot, chart);
        Axes(plot, chart, SeriesPainter.BarGroups(chart));
        var legend = Legend(plot, chart);
        if (chart.IsEmpty) Empty(plot, chart);
        var rows = chart.Y.Scale == AxisScale.Category ? chart.Y.Categories.Count : 0;
        var height = (rows > 0 ? Math.Max(500, (24 * rows) + 140) : 600) + Legends.HeightPx(legend);
        plot.Axes.Right.MinimumSize = 40; // room for the last date label
        var figure = new Figure(plot, widthPx, height + (16 * (chart.TitleLines(Math.Max(40, (widthPx - 40) / 10)).Count - 1)));
        if (labels.Count > 0 && PointLabels.Spread(figure, labels) is > 0 and var leftOut)
            plot.Title(Title(chart with { Title = $"{chart.Title} ({leftOut} crowded label(s) left out: see the table)" }, widthPx));
        return figure;
    }

    /// <summary>Writes <paramref name="chart"/> to <paramref name="path"/>: SVG when <paramref name="svg"/>, else PNG.</summary>
    public static void Write(Chart chart, string path, bool svg, int widthPx = 1100)
    {
        ArgumentNullException.ThrowIfNull(path);
        var figure = Render(chart, widthPx);
        if (svg) figure.SaveSvg(path);
        else figure.SavePng(path);
    }

    /// <summary>Writes <paramref name="stem"/>.png and .svg into <paramref name="dir"/>; returns the two file names.</summary>
    public static IReadOnlyList<string> WriteBoth(Chart chart, string dir, string stem, int widthPx = 1100)
    {
        var figure = Render(chart, widthPx);
        figure.SavePng(Path.Combine(dir, stem + ".png"));
        figure.SaveSvg(Path.Combine(dir, stem + ".svg"));
        return [stem + ".png", stem + ".svg"];
    }

    /// <summary>The title in lines that fit <paramref name="widthPx"/> (DejaVu Sans bold at the title size: about 10 px a character).</summary>
    internal static string Title(Chart chart, int widthPx) => string.Join("\n", chart.TitleLines(Math.Max(40, (widthPx - 40) / 10)));

    /// <summary>A ScottPlot colour from #rrggbb.</summary>
    internal static Color ColorOf(string hex) => Color.FromHex(hex);

    /// <summary>A tick or hover value with the axis's prefix: 1.2B, 340M, 12k, 3.4.</summary>
    internal static string Pretty(double v, string prefix) => prefix + (Math.Abs(v) switch
    {
        >= 1e9 => (v / 1e9).ToString("0.#", CultureInfo.InvariantCulture) + "B",
        >= 1e6 => (v / 1e6).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 1e3 => (v / 1e3).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        >= 100 => v.ToString("#,0", CultureInfo.InvariantCulture),
        _ => v.ToString("0.##", CultureInfo.InvariantCulture),
    });

    /// <summary>Position of a value on an axis of <paramref name="scale"/>: OLE dates for dates, log10 for logs.</summary>
    internal static double Position(AxisScale scale, double value) => scale switch
    {
        AxisScale.Date => ChartPoint.DateAt(value).ToDateTime(TimeOnly.MinValue).ToOADate(),
        AxisScale.Log => Math.Log10(Math.Max(value, 1e-9)),
        _ => value,
    };

    /// <summary>Dates as yyyy-MM-dd on the bottom axis (which ScottPlot replaces: its label is set again).</summary>
    internal static void DateTicks(Plot plot, string label)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        axis.LabelText = label;
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
            ticks.LabelFormatter = d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static void Axes(Plot plot, Chart chart, int groups)
    {
        if (chart.X.Scale == AxisScale.Date) DateTicks(plot, chart.X.Label);
        if (chart.X.Scale == AxisScale.Category)
        {
            var n = chart.X.Categories.Count;
            SlantedTicks.Apply(plot, Enumerable.Range(0, n).Select(i => SeriesPainter.Slot(i, 0, groups) + ((groups - 1) / 2.0)).ToArray(), chart.X.Categories.ToArray());
            plot.Axes.Left.MinimumSize = 70;
        }
        if (chart.Y.Scale == AxisScale.Category)
        {
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                Enumerable.Range(0, chart.Y.Categories.Count).Select(i => (double)i).ToArray(), chart.Y.Categories.ToArray());
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Axes.SetLimitsY(-0.7, Math.Max(chart.Y.Categories.Count, 1) - 0.3);
        }
        foreach (var (axis, edge) in new[] { (chart.X, plot.Axes.Bottom), (chart.Y, (ScottPlot.IAxis)plot.Axes.Left) })
        {
            if (axis.Scale == AxisScale.Log && axis.Min is { } lo and > 0 && axis.Max is { } hi && hi > lo)
            {
                // One tick a decade, as on the web: $1k, $10k, $100k.
                var (first, last) = ((int)Math.Ceiling(Math.Log10(lo) - 1e-9), (int)Math.Floor(Math.Log10(hi) + 1e-9));
                var decades = Enumerable.Range(first, last - first + 1).Select(k => (double)k).ToArray();
                edge.TickGenerator = new ScottPlot.TickGenerators.NumericManual(decades, decades.Select(k => Pretty(Math.Pow(10, k), axis.Prefix)).ToArray());
            }
            else if (axis.Scale == AxisScale.Log)
                edge.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Pretty(Math.Pow(10, v), axis.Prefix) };
            else if (axis.Scale == AxisScale.Linear && axis.Prefix.Length > 0)
                edge.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Pretty(v, axis.Prefix) };
        }
        if (chart.Y.Scale is AxisScale.Linear or AxisScale.Log && (chart.Y.Min is not null || chart.Y.Max is not null))
        {
            var limits = plot.Axes.GetLimits();
            plot.Axes.SetLimitsY(chart.Y.Min is { } lo ? Position(chart.Y.Scale, lo) : limits.Bottom, chart.Y.Max is { } hi ? Position(chart.Y.Scale, hi) : limits.Top);
        }
        if (chart.X.Scale is AxisScale.Linear or AxisScale.Log && (chart.X.Min is not null || chart.X.Max is not null))
        {
            var limits = plot.Axes.GetLimits();
            plot.Axes.SetLimitsX(chart.X.Min is { } lo ? Position(chart.X.Scale, lo) : limits.Left, chart.X.Max is { } hi ? Position(chart.X.Scale, hi) : limits.Right);
        }
    }

    private static int Legend(Plot plot, Chart chart)
    {
        var items = new List<LegendItem>();
        foreach (var s in chart.Series.Where(s => s.InLegend && s.Points.Count > 0))
        {
            var color = ColorOf(s.Color);
            var item = new LegendItem { LabelText = s.Label };
            if (s.Kind == SeriesKind.Bars) { item.FillColor = color; item.OutlineColor = Colors.Black; item.OutlineWidth = 1; }
            else if (s.Kind == SeriesKind.Markers) { item.MarkerShape = SeriesPainter.Shape(s.Marker); item.MarkerFillColor = color; item.MarkerLineColor = color; item.MarkerSize = 9; }
            else
            {
                item.LineColor = color;
                item.LineWidth = s.Kind == SeriesKind.Segments ? 8 : 2;
                if (s.Dashed) item.LinePattern = LinePattern.Dashed;
                if (s.Marker != PointMarker.None) { item.MarkerShape = SeriesPainter.Shape(s.Marker); item.MarkerFillColor = color; item.MarkerLineColor = color; }
            }
            items.Add(item);
        }
        foreach (var k in chart.Keys)
        {
            var swatch = new LegendItem { LabelText = k.Label, FillColor = ColorOf(k.Color), OutlineColor = Colors.Black, OutlineWidth = 1 };
            if (k.Hatched) { swatch.FillStyle.Hatch = new ScottPlot.Hatches.Striped(); swatch.FillStyle.HatchColor = Colors.Black; }
            items.Add(swatch);
        }
        if (items.Count == 0) return 0;
        plot.Legend.ManualItems.AddRange(items);
        Legends.Below(plot);
        return items.Count;
    }

    private static void Empty(Plot plot, Chart chart)
    {
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.Add.Annotation(chart.EmptyText, Alignment.MiddleCenter);
    }
}
