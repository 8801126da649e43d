using Chokepoint.Application.Wording;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Application.Charts;

/// <summary>
/// The stress test's chart: output over time of the worst-hit products (final demand and product makers), one line per
/// distinct curve. Nodes whose curves are the same to 4 decimals (buyers of one world market, products held by one
/// input) share one line and one label; nodes that never lose output are left out; bands are shown on demand.
/// </summary>
public static class StressChart
{
    /// <summary>Lines drawn at most: more curves on one chart cannot be told apart.</summary>
    public const int MaxLines = 6;

    /// <summary>Output below this fraction of baseline on some day counts as a loss.</summary>
    private const double Unaffected = 0.9995;

    /// <summary>The chart of <paramref name="r"/>: at most <see cref="MaxLines"/> lines, worst first.</summary>
    public static Chart Of(SimulationResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        // Outcomes come worst first; final demand and product makers first, then any node (for --all-nodes).
        var candidates = r.Outcomes.Where(o => o.Label.Kind is "demand" or "product").ToList();
        if (candidates.Count == 0) candidates = r.Outcomes.ToList();
        var lines = candidates
            .Where(o => Lowest(o) < Unaffected)
            .GroupBy(o => string.Join(",", o.Series.Select(v => Math.Round(v, 4).ToString("R", System.Globalization.CultureInfo.InvariantCulture))))
            .Take(MaxLines)
            .Select((g, i) => Line(r.Start, g.ToList(), ChartColors.Nth(i)))
            .ToList();
        var runs = r.Runs > 1 ? $" (median and p5–p95 of {r.Runs} runs)" : "";
        return new Chart(
            $"{r.Scenario}: output of the worst-hit products{runs}, computed",
            new Axis($"date (day 0 = {Format.Date(r.Start)})", AxisScale.Date),
            new Axis("output / baseline (computed)") { Min = -0.02, Max = 1.05, Decimals = 3 },
            lines)
        {
            Bands = BandDisplay.OnDemand,
            EmptyText = $"No product loses output under {r.Scenario} within {r.HorizonDays} days",
        };
    }

    /// <summary>The label of nodes sharing one curve: the items, then who (made in / bought by which countries).</summary>
    public static string Label(IReadOnlyList<NodeOutcome> same)
    {
        ArgumentNullException.ThrowIfNull(same);
        var items = same.Select(o => o.Label.Item).Distinct(StringComparer.Ordinal).ToList();
        var who = same.GroupBy(o => o.Label.Kind)
            .Select(k => (Kind: Words.Meaning(k.Key), Countries: k.Select(o => o.Label.Country).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
        var shown = 0;
        var parts = new List<string>();
        foreach (var (kind, countries) in who)
        {
            var take = Math.Max(0, 4 - shown);
            if (take == 0) break;
            parts.Add($"{kind} {string.Join(", ", countries.Take(take))}");
            shown += Math.Min(take, countries.Count);
        }
        var total = who.Sum(w => w.Countries.Count);
        var more = total > shown ? $", +{total - shown} more" : "";
        var itemText = items.Count <= 3 ? string.Join(", ", items) : $"{string.Join(", ", items.Take(3))} +{items.Count - 3}";
        return $"{itemText} ({string.Join("; ", parts)}{more})";
    }

    private static double Lowest(NodeOutcome o)
    {
        var low = o.Series.DefaultIfEmpty(1).Min();
        return o.SeriesP5 is { Count: > 0 } p5 ? Math.Min(low, p5.Min()) : low;
    }

    private static Series Line(DateOnly start, List<NodeOutcome> same, string color)
    {
        var o = same[0];
        var points = new ChartPoint[o.Series.Count];
        for (var t = 0; t < points.Length; t++)
        {
            points[t] = new ChartPoint(ChartPoint.Day(start.AddDays(t)), o.Series[t])
            {
                Low = o.SeriesP5 is { } p5 && t < p5.Count ? p5[t] : null,
                High = o.SeriesP95 is { } p95 && t < p95.Count ? p95[t] : null,
            };
        }
        return new Series(Label(same), SeriesKind.Line, points) { Color = color };
    }
}
