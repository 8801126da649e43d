using Chokepoint.Application.Wording;
using Chokepoint.Simulation.MonteCarlo;
using ScottPlot;

namespace Chokepoint.Reports;

/// <summary>Output curves of the worst-hit products (final demand and product makers), with p5–p95 bands for Monte Carlo runs.</summary>
public static class SimulationPlots
{
    private const int MaxCurves = 8;

    private static string Legend(List<NodeOutcome> same)
    {
        string Name(NodeOutcome o) => o.Label.Kind == "demand" ? o.Label.Country + " demand" : o.Label.Country;
        var names = same.Take(5).Select(Name).ToList();
        if (same.Count > 5) names.Add($"+{same.Count - 5}");
        return $"{same[0].Label.Item} ({string.Join(", ", names)})";
    }

    /// <summary>Writes <paramref name="stem"/>.png and .svg into <paramref name="dir"/>; returns the file names written.</summary>
    public static IReadOnlyList<string> Write(string dir, SimulationResult r, string stem = "output-curves")
    {
        var figure = Build(r);
        figure.SavePng(Path.Combine(dir, stem + ".png"));
        figure.SaveSvg(Path.Combine(dir, stem + ".svg"));
        return [stem + ".png", stem + ".svg"];
    }

    /// <summary>The curves' plot; its legend sits below the data area, the figure growing with the number of curves.</summary>
    public static Figure Build(SimulationResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        Fonts.Default = "DejaVu Sans";
        // Outcomes come worst first; final demand and product makers first, then any node (for --all-nodes).
        // Nodes with the same curve (buyers of one world market) share a line and a legend entry.
        var candidates = r.Outcomes.Where(o => o.Label.Kind is "demand" or "product").ToList();
        if (candidates.Count == 0) candidates = r.Outcomes.ToList();
        var worst = candidates
            .GroupBy(o => (o.Label.Item, Key: string.Join(",", o.Series.Select(v => Math.Round(v, 4)))))
            .Take(MaxCurves)
            .Select(g => (Outcome: g.First(), Legend: Legend(g.ToList())))
            .ToList();
        var plot = new Plot();
        var xs = Enumerable.Range(0, r.HorizonDays).Select(t => r.Start.AddDays(t).ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        var palette = new ScottPlot.Palettes.Category10();
        // Every band first, then every median line: no band is drawn over another curve's line.
        for (var i = 0; i < worst.Count; i++)
        {
            if (worst[i].Outcome is not { SeriesP5: { } p5, SeriesP95: { } p95 }) continue;
            var band = plot.Add.FillY(xs, p5.ToArray(), p95.ToArray());
            band.FillColor = palette.GetColor(i).WithAlpha(0.18);
            band.LineWidth = 0;
        }
        for (var i = 0; i < worst.Count; i++)
        {
            var line = plot.Add.Scatter(xs, worst[i].Outcome.Series.ToArray());
            line.Color = palette.GetColor(i);
            line.MarkerSize = 0;
            line.LineWidth = 2;
            line.LegendText = worst[i].Legend;
        }
        var axis = plot.Axes.DateTimeTicksBottom();
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks) ticks.LabelFormatter = d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        plot.Axes.SetLimitsX(xs[0], xs[^1]);
        plot.Axes.SetLimitsY(-0.02, 1.05);
        plot.Title($"{r.Scenario}: output of the worst-hit products" + (r.Runs > 1 ? $" (median, p5–p95 of {r.Runs} runs)" : ""));
        plot.YLabel("Output / baseline");
        plot.XLabel($"Date (day 0 = {Format.Date(r.Start)})");
        if (worst.Count > 0) Legends.Below(plot);
        return new Figure(plot, 1100, 600 + Legends.HeightPx(worst.Count));
    }
}
