using Chokepoint.Application.Report;
using Chokepoint.Application.Wording;

namespace Chokepoint.Application.Charts;

/// <summary>The charts of "What helps": the stockpile that keeps demand met, and time-to-survive of the simulation beside the LP optimum.</summary>
public static class HelpsCharts
{
    /// <summary>Horizontal bars: value of the stockpile (US$ million) per item, with its days of cover in the label; largest on top.</summary>
    public static Chart Stockpile(WhatHelpsSection wh)
    {
        ArgumentNullException.ThrowIfNull(wh);
        var ordered = wh.Mitigation.Stockpile.Lines.OrderBy(l => l.ValueUsd ?? 0).ToList();
        var points = ordered.Select((l, i) => new ChartPoint((l.ValueUsd ?? 0) / 1e6, i) { Hover = l.ValueUsd is null ? "no unit value" : null }).ToList();
        return new Chart(
            $"Stockpile that keeps {wh.Target} demand met under {wh.Name} (computed)",
            new Axis("value of the stockpile, US$ million (computed at sourced unit values)") { Min = 0, Prefix = "$", Decimals = 1 },
            new Axis("item (days of cover)", AxisScale.Category) { Categories = ordered.Select(l => $"{l.Item} ({l.DaysOfCover:0} d)").ToList() },
            [new Series("stockpile value", SeriesKind.Bars, points) { Color = ChartColors.Green, InLegend = false }])
        {
            EmptyText = $"No stockpile needed: {wh.Target} demand is met under {wh.Name}",
        };
    }

    /// <summary>Grouped bars: days to the first unmet demand of the target's final demand, simulation rules beside the LP optimum (the horizon when none).</summary>
    public static Chart Tts(WhatHelpsSection wh)
    {
        ArgumentNullException.ThrowIfNull(wh);
        var horizon = wh.Scenario.HorizonDays;
        var rows = wh.Tts.Where(r => r.Country == wh.Target && r.Kind == "demand").ToList();
        var sim = rows.Select((r, i) => new ChartPoint(i, r.TtsDays ?? horizon) { Hover = Words.Tts(r.TtsDays) }).ToList();
        var lp = rows.Select((r, i) => new ChartPoint(i, r.TtsLpDays ?? horizon) { Hover = Words.Tts(r.TtsLpDays) }).ToList();
        return new Chart(
            $"{wh.Target} final demand under {wh.Name}: time-to-survive (computed; '{Words.NoShortfall}' drawn at the {horizon}-day horizon)",
            new Axis("product", AxisScale.Category) { Categories = rows.Select(r => r.Item).ToList() },
            new Axis($"days to first unmet demand (max {horizon})") { Min = 0, Max = horizon * 1.05, Decimals = 0 },
            [
                new Series("simulation (rules)", SeriesKind.Bars, sim) { Color = ChartColors.Slate },
                new Series("LP optimum", SeriesKind.Bars, lp) { Color = ChartColors.Green },
            ])
        {
            EmptyText = $"No final demand of {wh.Target} in the scenario",
        };
    }
}
