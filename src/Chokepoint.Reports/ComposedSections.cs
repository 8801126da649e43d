using Chokepoint.Application.Report;
using Chokepoint.Application.Wording;
using Chokepoint.Model;

namespace Chokepoint.Reports;

/// <summary>The report's sections after the headline ones: stress test, what helps, leverage, each from its part of the <see cref="ComposedReport"/>.</summary>
public static class ComposedSections
{
    /// <summary>File stem of the stress test's curves.</summary>
    public const string StressStem = "stress-replay-2025";

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
        HeadlineSections.Draw(report.Headline, dataset, dir);
        if (report.StressTest is { } st) SimulationPlots.Write(dir, st.Result, StressStem);
        if (report.WhatHelps is { } wh)
        {
            var lines = wh.Mitigation.Stockpile.Lines.Select(l => (l.Item, (double)l.DaysOfCover, l.ValueUsd ?? 0)).ToList();
            var bars = wh.Tts.Where(r => r.Country == wh.Target && r.Kind == "demand")
                .Select(r => (r.Item, (double)(r.TtsDays ?? wh.Scenario.HorizonDays), (double)(r.TtsLpDays ?? wh.Scenario.HorizonDays))).ToList();
            HelpsPlots.Stockpile(lines, $"Stockpile that keeps US demand met under {wh.Name} (computed)", Path.Combine(dir, "helps-stockpile.png"));
            HelpsPlots.Tts(bars, wh.Scenario.HorizonDays, $"US final demand under {wh.Name}: time-to-survive", Path.Combine(dir, "helps-tts.png"));
        }
        HelpsPlots.Leverage(report.Leverage.ChnUsa.Rows, "CHN", "USA", Path.Combine(dir, "leverage-chn-usa.png"));
        HelpsPlots.Leverage(report.Leverage.UsaChn.Rows, "USA", "CHN", Path.Combine(dir, "leverage-usa-chn.png"));
    }

    private static ReportSection StressTest(StressTestSection st) => new($"Stress test: {st.Scenario.Name}",
        Html.P($"{st.Scenario.Name}: {st.Scenario.Description}") + Html.Table(st.Table)
        + Html.Img(StressStem + ".png", $"Output of the worst-hit products under {st.Name} (median and p5–p95 band)"));

    private static ReportSection WhatHelps(WhatHelpsSection wh) => new("What helps",
        Html.P($"Under {wh.Scenario.Name} ({Format.Date(wh.Scenario.Start)}, {wh.Scenario.HorizonDays} days), computed: the smallest extra stock the USA would hold so that its final demand is met through the horizon in 95% of {wh.Runs} Monte Carlo runs; the other producers of the restricted items and when they close the gap; the alternatives in the recipes; and the optimal time-to-survive (LP) beside the simulation's. Model: docs/model.md, section 3.", "note")
        + string.Concat(wh.Tables.Take(wh.Tables.Count - 1).Select(Html.Table)) + Html.Img("helps-stockpile.png", "Stockpile that keeps US demand met (value at sourced unit values)")
        + Html.Table(wh.Tables[^1]) + Html.Img("helps-tts.png", "Time-to-survive: simulation rules vs LP optimum (US final demand)"));

    private static ReportSection Leverage(LeverageSection l) => new("Leverage",
        Html.P("Computed per measure and item, both sides in value added: the target's makers' value added lost (static bound) against the value added the issuer's own chain forgoes, less its windfall from higher outside prices. Values: trade.csv, unit_values.csv and value_added.csv, each cited below the table; ~ approximate, ≤ at most. Model: docs/model.md, 3.5 ('One basis'). China's loss from US chip controls is valued by the chips the tools would have made (an upper bound); AI servers have no sourced value-added share and are listed as not valued (the trade-value view: chokepoint leverage --basis trade-value).", "note")
        + Html.Table(l.ChnUsa.Table) + Html.Img("leverage-chn-usa.png", "Leverage of China over the USA")
        + Html.Table(l.UsaChn.Table) + Html.Img("leverage-usa-chn.png", "Leverage of the USA over China")
        + (l.UsaChnSpring is { } spring ? Html.Table(spring.Table) : ""));
}
