namespace Chokepoint.Simulation.Prices;

/// <summary>One month in which both markets of an item were observed: the observed outside/inside ratio beside the modelled one.</summary>
/// <param name="Fitted">True for a month up to the fit's cut-off (the fit saw its prices); false for a later month.</param>
/// <param name="ErrorPct">Modelled ratio ÷ observed ratio − 1, in percent (computed).</param>
public sealed record PriceRatioPoint(string Item, DateOnly Month, double ObservedRatio, double ModelledRatio, double ModelledP5, double ModelledP95, bool Fitted, double ErrorPct);

/// <summary>Scores the modelled outside/inside price ratio against the months where both markets were observed.</summary>
public static class PriceRatioScore
{
    /// <summary>Points for every item with both paths and both observed prices in a month of the horizon.</summary>
    public static IReadOnlyList<PriceRatioPoint> Of(IReadOnlyList<PricePath> paths, IReadOnlyList<ObservedPoint> points, DateOnly cutoff)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(points);
        var result = new List<PriceRatioPoint>();
        foreach (var g in points.GroupBy(p => (p.Item, p.Month)))
        {
            var o = g.FirstOrDefault(p => p.Market == Model.ObservedPrice.Outside);
            var i = g.FirstOrDefault(p => p.Market == Model.ObservedPrice.Inside);
            var po = paths.FirstOrDefault(p => p.Item == g.Key.Item && p.Market == Model.ObservedPrice.Outside);
            var pi = paths.FirstOrDefault(p => p.Item == g.Key.Item && p.Market == Model.ObservedPrice.Inside);
            if (o is null || i is null || po is null || pi is null) continue;
            var m = IndexOf(po.Months, g.Key.Month);
            if (m < 0) continue;
            var observed = o.UsdPerKg / i.UsdPerKg;
            var modelled = po.Median[m] / pi.Median[m];
            result.Add(new PriceRatioPoint(g.Key.Item, g.Key.Month, observed, modelled, po.P5[m] / pi.P95[m], po.P95[m] / pi.P5[m],
                g.Key.Month <= cutoff, ((modelled / observed) - 1) * 100));
        }
        return result.OrderBy(r => r.Month).ThenBy(r => r.Item, StringComparer.Ordinal).ToList();
    }

    /// <summary>Mean absolute error in percent of the points with <paramref name="fitted"/>; null when there are none.</summary>
    public static double? MeanAbsErrorPct(IReadOnlyList<PriceRatioPoint> points, bool fitted)
    {
        ArgumentNullException.ThrowIfNull(points);
        var set = points.Where(p => p.Fitted == fitted).ToList();
        return set.Count == 0 ? null : set.Average(p => Math.Abs(p.ErrorPct));
    }

    private static int IndexOf(IReadOnlyList<DateOnly> months, DateOnly month)
    {
        for (var m = 0; m < months.Count; m++)
            if (months[m] == month) return m;
        return -1;
    }
}
