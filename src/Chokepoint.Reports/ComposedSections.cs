using Chokepoint.Application.Charts;
using Chokepoint.Application.Report;
using Chokepoint.Application.Wording;
using Chokepoint.Model;

namespace Chokepoint.Reports;

/// <summary>The report's sections after the headline ones: stress test, what helps, leverage, each from its part of the <see cref="ComposedReport"/>.</summary>
public static class ComposedSections
{
    /// <summary>File stem of the stress test's curves.</summary>
    public const string StressStem = ReportCharts.Stress;

    /// <summary>Every section of <paramref name="report"/> in reading order, ending with the sources.</summary>
    public static IReadOnlyList<ReportSection> Build(ComposedReport report, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sections = HeadlineSections.Build(report.Headline, dataset).ToList();
        if (report.StressTest is { } st) sections.Add(StressTest(st));
        if (report.WhatHelps is { } wh) sections.Add(WhatHelps(wh));
        sections.Add(Leverage(report.Leverage));
        sections.Add(HeadlineSections.Sources(report.Headline, dataset));
        return sections;
    }

    /// <summary>Draws every plot of <paramref name="report"/> into <paramref name="dir"/>.</summary>
    public static void Draw(ComposedReport report, Dataset dataset, string dir)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(dataset);
        foreach (var chart in ReportCharts.Of(report, dataset.Tables.Controls)) Png(chart, dir);
    }

    /// <summary>Writes one chart of the report as <c>stem.png</c> into <paramref name="dir"/> (the timeline wider, for its dates).</summary>
    internal static void Png(ReportChart chart, string dir) =>
        ChartFigures.Render(chart.Chart, chart.Stem == ReportCharts.Timeline ? 1200 : 1100).SavePng(Path.Combine(dir, chart.Stem + ".png"));

    private static ReportSection StressTest(StressTestSection st) => new($"Stress test: {st.Scenario.Name}",
        Html.P($"{st.Scenario.Name}: {st.Scenario.Description}") + Html.Table(st.Table)
        + Html.Img(StressStem + ".png", $"Output of the worst-hit products under {st.Name}, one panel per curve (median and p5–p95 band); products with the same curve share a panel"));

    private static ReportSection WhatHelps(WhatHelpsSection wh) => new("What helps",
        Html.P($"Under {wh.Scenario.Name} ({Format.Date(wh.Scenario.Start)}, {wh.Scenario.HorizonDays} days), computed: the smallest extra stock the USA would hold so that its final demand is met through the horizon in 95% of {wh.Runs} Monte Carlo runs; the other producers of the restricted items and when they close the gap; the alternatives in the recipes; and the optimal time-to-survive (LP) beside the simulation's. Model: docs/model.md, section 3.", "note")
        + string.Concat(wh.Tables.Take(wh.Tables.Count - 1).Select(Html.Table)) + Html.Img(ReportCharts.Stockpile + ".png", "Stockpile that keeps US demand met (value at sourced unit values)")
        + Html.Table(wh.Tables[^1]) + Html.Img(ReportCharts.Tts + ".png", "Time-to-survive: simulation rules vs LP optimum (US final demand)"));

    private static ReportSection Leverage(LeverageSection l) => new("Leverage",
        Html.P("Computed per measure and item, both sides in value added: the target's makers' value added lost (static bound) against the value added the issuer's own chain forgoes, less its windfall from higher outside prices. Values: trade.csv, unit_values.csv and value_added.csv, each cited below the table; ~ approximate, ≤ at most. Model: docs/model.md, 3.5 ('One basis'). China's loss from US chip controls is valued by the chips the tools would have made (an upper bound); China's loss of AI accelerators is its server makers' value added (a lower bound: the AI services the servers enable are left out) against the US designer's (a gross margin, also a lower bound); the trade-value view: chokepoint leverage --basis trade-value.", "note")
        + Html.Table(l.ChnUsa.Table) + Html.Img(ReportCharts.LeverageChnUsa + ".png", "Leverage of China over the USA")
        + Html.Table(l.UsaChn.Table) + Html.Img(ReportCharts.LeverageUsaChn + ".png", "Leverage of the USA over China")
        + (l.UsaChnSpring is { } spring ? Html.Table(spring.Table) : ""));
}
