using Chokepoint.Model;

namespace Chokepoint.Simulation.Prices;

/// <summary>One observed monthly price of an item in a market: the mean of the mid-points published for that month.</summary>
/// <param name="UsdPerKg">Mean mid-point, US dollars per kg (computed from observed/prices.csv).</param>
/// <param name="Sources">Source ids of the rows averaged.</param>
public sealed record ObservedPoint(string Item, string Market, DateOnly Month, double UsdPerKg, IReadOnlyList<string> Sources);

/// <summary>The observed record of prices as monthly points per item and market.</summary>
public static class ObservedPrices
{
    /// <summary>Monthly points of <paramref name="item"/> (all items when null), by market then month.</summary>
    public static IReadOnlyList<ObservedPoint> Points(IReadOnlyList<ObservedPrice> rows, string? item = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Where(r => (item is null || r.Item == item) && double.IsFinite(r.UsdPerKg))
            .GroupBy(r => (r.Item, r.Market, r.Month))
            .Select(g => new ObservedPoint(g.Key.Item, g.Key.Market, g.Key.Month, g.Average(r => r.UsdPerKg), g.Select(r => r.Source).Distinct(StringComparer.Ordinal).ToList()))
            .OrderBy(p => p.Item, StringComparer.Ordinal).ThenBy(p => p.Market, StringComparer.Ordinal).ThenBy(p => p.Month)
            .ToList();
    }

    /// <summary>The items with at least one observed price.</summary>
    public static IReadOnlyList<string> Items(IReadOnlyList<ObservedPrice> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Select(r => r.Item).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The anchor of <paramref name="market"/>: its earliest point, else the other market's earliest (parity assumed); null when none.</summary>
    public static PriceAnchor? Anchor(IReadOnlyList<ObservedPoint> points, string item, string market)
    {
        ArgumentNullException.ThrowIfNull(points);
        var own = points.Where(p => p.Item == item && p.Market == market).OrderBy(p => p.Month).FirstOrDefault();
        var any = own ?? points.Where(p => p.Item == item).OrderBy(p => p.Month).FirstOrDefault();
        return any is null ? null : new PriceAnchor(any.Month, any.UsdPerKg, any.Market, string.Join(";", any.Sources));
    }
}
