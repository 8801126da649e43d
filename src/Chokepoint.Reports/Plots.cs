using Chokepoint.Analysis.Controls;
using Chokepoint.Model;
using ScottPlot;

namespace Chokepoint.Reports;

/// <summary>Plots of the headline report, rendered headless by ScottPlot to PNG.</summary>
public static class Plots
{
    static Plots() => Fonts.Default = "DejaVu Sans";

    /// <summary>Horizontal bars: the issuer's share of world production per item, coloured by confidence.</summary>
    public static void IssuerShares(IReadOnlyList<ItemShare> shares, string issuer, string path)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var plot = new Plot();
        var ordered = shares.OrderBy(s => s.SharePct).ToList();
        var bars = new List<Bar>();
        for (var i = 0; i < ordered.Count; i++)
            bars.Add(new Bar
            {
                Position = i, Value = ordered[i].SharePct,
                FillColor = ordered[i].Confidence switch
                {
                    Confidence.High => Colors.SteelBlue,
                    Confidence.Medium => Colors.Orange,
                    _ => Colors.LightGray,
                },
                Orientation = Orientation.Horizontal,
            });
        plot.Add.Bars(bars);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, ordered.Count).Select(i => (double)i).ToArray(),
            ordered.Select(s => $"{s.Item} ({s.Year})").ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsX(0, 100);
        plot.Axes.Margins(left: 0, right: 0.02);
        plot.Title($"{issuer} share of world production by item (%)");
        plot.XLabel("% of world production (blue: high, orange: medium, grey: low confidence)");
        plot.SavePng(path, 1100, Math.Max(500, 22 * ordered.Count + 120));
    }

    /// <summary>Timeline: one row per measure, from effective date to today (or its end), suspensions drawn in grey.</summary>
    public static void Timeline(IReadOnlyList<MeasureOnDate> measures, IReadOnlyList<ControlMeasure> all, DateOnly today, string path)
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
        plot.SavePng(path, 1200, Math.Max(500, 24 * labels.Count + 140));
    }

    private static void Segment(Plot plot, int row, DateOnly from, DateOnly to, MeasureStatus? status)
    {
        if (status is not (MeasureStatus.InForce or MeasureStatus.Suspended) || to <= from) return;
        var line = plot.Add.Line(from.ToDateTime(TimeOnly.MinValue).ToOADate(), row, to.ToDateTime(TimeOnly.MinValue).ToOADate(), row);
        line.LineWidth = 9;
        line.LineColor = status == MeasureStatus.InForce ? Colors.FireBrick : Colors.Gray;
        line.MarkerSize = 0;
    }

    /// <summary>Grouped bars: output at risk per product under each view, for one target.</summary>
    public static void Exposure(IReadOnlyList<ProductExposure> exposures, string target, IReadOnlyList<string> views, string path)
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
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            products.Select((_, p) => p * (views.Count + 1) + (views.Count - 1) / 2.0).ToArray(), products.ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 150;
        plot.Axes.Left.MinimumSize = 70;
        plot.Axes.SetLimitsY(0, 125);
        plot.YLabel("output at risk, % (computed, static bound)");
        plot.Title($"Products made in {target}: output at risk from Chinese export controls");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 1200, 640);
    }
}
