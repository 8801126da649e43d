using Chokepoint.Application.Report;
using Chokepoint.Application.Wording;
using Chokepoint.Model;

namespace Chokepoint.Application.Charts;

/// <summary>
/// Share charts: the issuer's share of world production per item (the report's and the overview's), and the country
/// shares of one item (its page). Proxies are hatched and marked <see cref="ShareLabels.ProxyMark"/>; the title says
/// what the shares measure and over which years.
/// </summary>
public static class SharesCharts
{
    /// <summary>Horizontal bars, one per item, smallest at the bottom, coloured by confidence; each label carries the share's year and basis.</summary>
    public static Chart Issuer(IReadOnlyList<ItemShare> shares, string issuer)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var ordered = shares.OrderBy(s => s.SharePct).ToList();
        var points = ordered.Select((s, i) => new ChartPoint(s.SharePct, i)
        {
            Color = ConfidenceColor(s.Confidence), Hatched = s.IsProxy, Hover = $"{Names.Of(s.Confidence)} confidence, source {s.Source}",
        }).ToList();
        var keys = new List<LegendKey>
        {
            new("high confidence", ConfidenceColor(Confidence.High)),
            new("medium confidence", ConfidenceColor(Confidence.Medium)),
            new("low confidence", ConfidenceColor(Confidence.Low)),
        };
        if (ordered.Any(s => s.IsProxy)) keys.Add(new LegendKey($"hatched, {ShareLabels.ProxyMark}: proxy, not a production share", "#ffffff", Hatched: true));
        return new Chart(
            IssuerTitle(ordered, issuer),
            new Axis("% of world production, or of the measure named in the label") { Min = 0, Max = 102, Decimals = 1 },
            new Axis("item", AxisScale.Category) { Categories = ordered.Select(ShareLabels.Label).ToList() },
            [new Series($"{issuer} share", SeriesKind.Bars, points) { InLegend = false }])
        {
            Keys = keys,
            EmptyText = $"No share of {issuer} in production.csv",
        };
    }

    /// <summary>Title of the issuer's share chart: says the years differ and over which span when they do.</summary>
    public static string IssuerTitle(IReadOnlyList<ItemShare> shares, string issuer)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var span = ShareLabels.YearSpan(shares.Select(s => s.Year));
        return shares.Select(s => s.Year).Distinct().Count() > 1
            ? $"{issuer} share of world production, % (latest year per item; years differ: {span})"
            : $"{issuer} share of world production, % ({span})";
    }

    /// <summary>Vertical bars of the country shares of one item, in the order given; proxies hatched and marked.</summary>
    public static Chart Item(string item, IReadOnlyList<ProductionShare> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var points = shares.Select((s, i) => new ChartPoint(i, s.SharePct)
        {
            Color = s.IsProxy ? "#8fb3cf" : ChartColors.Blue, Hatched = s.IsProxy, Hover = ShareLabels.Explain(s.Basis),
        }).ToList();
        return new Chart(
            $"{item}: {ItemMeasure(shares)} (%)",
            new Axis("country", AxisScale.Category) { Categories = shares.Select(s => s.Country + (s.IsProxy ? ShareLabels.ProxyMark : "")).ToList() },
            new Axis("share, %") { Min = 0, Decimals = 1 },
            [new Series("share", SeriesKind.Bars, points) { InLegend = false }])
        {
            EmptyText = $"No share of {item} in production.csv",
        };
    }

    /// <summary>What the shares of one item measure, for a title: "share of world production", or the one basis they all share.</summary>
    public static string ItemMeasure(IReadOnlyList<ProductionShare> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var bases = shares.Select(s => (s.Basis, s.IsProxy)).Distinct().ToList();
        if (bases.All(b => ShareLabels.Short(b.Basis) is null && !b.IsProxy)) return "share of world production";
        if (bases.Count == 1) return ShareLabels.Explain(bases[0].Basis) + (bases[0].IsProxy ? $" ({ShareLabels.ProxyMark} proxy)" : "");
        return $"shares ({ShareLabels.ProxyMark} a proxy, not a production share)";
    }

    private static string ConfidenceColor(Confidence c) => c switch
    {
        Confidence.High => ChartColors.Blue,
        Confidence.Medium => ChartColors.Orange,
        _ => ChartColors.Grey,
    };
}
