using Chokepoint.Application.Report;
using Chokepoint.Application.Wording;
using Chokepoint.Analysis.Controls;
using Chokepoint.Model;
using ScottPlot;

namespace Chokepoint.Reports;

/// <summary>Plots of the headline report, rendered headless by ScottPlot to PNG.</summary>
public static class Plots
{
    static Plots() => Fonts.Default = "DejaVu Sans";

    /// <summary>
    /// Horizontal bars: the issuer's share of world production per item, coloured by confidence. Each label carries the
    /// share's year (items' latest years differ) and, when the share measures something else, its basis; proxies are
    /// hatched and marked <see cref="ShareLabels.ProxyMark"/>. The legend sits below the bars.
    /// </summary>
    public static Figure IssuerShares(IReadOnlyList<ItemShare> shares, string issuer)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var plot = new Plot();
        var ordered = shares.OrderBy(s => s.SharePct).ToList();
        var bars = new List<Bar>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var bar = new Bar { Position = i, Value = ordered[i].SharePct, FillColor = ConfidenceColor(ordered[i].Confidence), Orientation = Orientation.Horizontal };
            if (ordered[i].IsProxy) Hatch(bar);
            bars.Add(bar);
        }
        plot.Add.Bars(bars);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, ordered.Count).Select(i => (double)i).ToArray(), ordered.Select(ShareLabels.Label).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimits(0, 102, -0.7, ordered.Count - 0.3);
        plot.Title(SharesTitle(ordered, issuer));
        plot.XLabel("% of world production, or of the measure named in the label");
        var legend = new List<LegendItem>
        {
            Swatch("high confidence", ConfidenceColor(Confidence.High)),
            Swatch("medium confidence", ConfidenceColor(Confidence.Medium)),
            Swatch("low confidence", ConfidenceColor(Confidence.Low)),
        };
        if (ordered.Any(s => s.IsProxy))
        {
            var proxy = Swatch($"hatched, {ShareLabels.ProxyMark}: proxy, not a production share", Colors.White);
            proxy.FillStyle.Hatch = new ScottPlot.Hatches.Striped();
            proxy.FillStyle.HatchColor = Colors.Black;
            legend.Add(proxy);
        }
        plot.Legend.ManualItems.AddRange(legend);
        Legends.Below(plot);
        return new Figure(plot, 1100, Math.Max(500, 22 * ordered.Count + 120) + Legends.HeightPx(legend.Count));
    }

    /// <summary>Title of the share chart: says the years differ and over which span when they do.</summary>
    public static string SharesTitle(IReadOnlyList<ItemShare> shares, string issuer)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var span = ShareLabels.YearSpan(shares.Select(s => s.Year));
        return shares.Select(s => s.Year).Distinct().Count() > 1
            ? $"{issuer} share of world production, % (latest year per item; years differ: {span})"
            : $"{issuer} share of world production, % ({span})";
    }

    private static Color ConfidenceColor(Confidence c) => c switch
    {
        Confidence.High => Colors.SteelBlue,
        Confidence.Medium => Colors.Orange,
        _ => Colors.LightGray,
    };

    private static void Hatch(Bar bar)
    {
        bar.FillStyle.Hatch = new ScottPlot.Hatches.Striped();
        bar.FillStyle.HatchColor = Colors.Black.WithAlpha(0.55);
    }

    private static LegendItem Swatch(string text, Color color) => new()
    {
        LabelText = text,
        FillColor = color,
        OutlineColor = Colors.Black,
        OutlineWidth = 1,
    };

    /// <summary>Timeline: one row per measure, from effective date to today (or its end), suspensions drawn in grey; legend below.</summary>
    public static Figure Timeline(IReadOnlyList<MeasureOnDate> measures, IReadOnlyList<ControlMeasure> all, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(all);
        var plot = new Plot();
        var resolver = new MeasureResolver(all);
        var rows = measures.Where(m => m.Measure.Kind != MeasureKind.Suspension).ToList();
        var labels = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var m = rows[i].Measure;
            labels.Add(m.Id);
            // Walk day by day in 7-day steps and draw runs of equal status: cheap and exact to a week.
            var end = m.Ended is { } e && e < today ? e : today;
            var runStart = m.Effective;
            var runStatus = resolver.StatusOn(m, runStart);
            for (var d = m.Effective.AddDays(7); ; d = d.AddDays(7))
            {
                var last = d >= end;
                var at = last ? end : d;
                var status = resolver.StatusOn(m, at);
                if (status != runStatus || last)
                {
                    Segment(plot, i, runStart, at, runStatus);
                    runStart = at;
                    runStatus = status;
                }
                if (last) break;
            }
            var announced = plot.Add.Marker(m.Announced.ToDateTime(TimeOnly.MinValue).ToOADate(), i, MarkerShape.OpenCircle, 6, Colors.Black);
            announced.LegendText = i == 0 ? "announced" : "";
        }
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray(), labels.ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Title($"Export-control measures to {today:yyyy-MM-dd} (red: in force, grey: suspended)");
        var entries = rows.Count > 0 ? 1 : 0;
        if (entries > 0) Legends.Below(plot);
        return new Figure(plot, 1200, Math.Max(500, 24 * labels.Count + 140) + Legends.HeightPx(entries));
    }

    private static void Segment(Plot plot, int row, DateOnly from, DateOnly to, MeasureStatus? status)
    {
        if (status is not (MeasureStatus.InForce or MeasureStatus.Suspended) || to <= from) return;
        var line = plot.Add.Line(from.ToDateTime(TimeOnly.MinValue).ToOADate(), row, to.ToDateTime(TimeOnly.MinValue).ToOADate(), row);
        line.LineWidth = 9;
        line.LineColor = status == MeasureStatus.InForce ? Colors.FireBrick : Colors.Gray;
        line.MarkerSize = 0;
    }

    /// <summary>Grouped bars: output at risk per product under each view, for one target; legend below.</summary>
    public static Figure Exposure(IReadOnlyList<ProductExposure> exposures, string target, IReadOnlyList<string> views)
    {
        ArgumentNullException.ThrowIfNull(exposures);
        ArgumentNullException.ThrowIfNull(views);
        var plot = new Plot();
        var products = exposures.Where(e => e.Target == target).Select(e => e.Product).Distinct().ToList();
        Color[] palette = [Colors.FireBrick, Colors.Orange, Colors.SlateGray];
        for (var v = 0; v < views.Count; v++)
        {
            var bars = new List<Bar>();
            for (var p = 0; p < products.Count; p++)
            {
                var e = exposures.First(x => x.Target == target && x.Product == products[p] && x.View == views[v]);
                bars.Add(new Bar { Position = p * (views.Count + 1) + v, Value = 100 * e.OutputAtRisk, FillColor = palette[v % palette.Length] });
            }
            var series = plot.Add.Bars(bars);
            series.LegendText = views[v];
        }
        SlantedTicks.Apply(plot, products.Select((_, p) => p * (views.Count + 1) + (views.Count - 1) / 2.0).ToArray(), products.ToArray());
        plot.Axes.Left.MinimumSize = 70;
        plot.Axes.SetLimitsY(0, 105);
        plot.YLabel("output at risk, % (computed, static bound)");
        plot.Title($"Products made in {target}: output at risk from Chinese export controls");
        Legends.Below(plot);
        return new Figure(plot, 1200, 640 + Legends.HeightPx(views.Count));
    }
}
