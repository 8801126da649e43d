using Chokepoint.Contracts;

namespace Chokepoint.Application.Charts;

/// <summary>The price chart: modelled monthly paths (median line, p5–p95 band) inside the issuer and outside, and the observed prices as markers, on a log price axis.</summary>
public static class PricesChart
{
    /// <summary>The chart of <paramref name="prices"/> (the answer of <c>prices ITEM</c>).</summary>
    public static Chart Of(PricesJson prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var series = new List<Series>();
        foreach (var path in prices.Modelled)
        {
            var points = path.Months.Select((m, i) => new ChartPoint(ChartPoint.Month(m), path.UsdPerKg[i])
            {
                Low = i < path.UsdPerKgP5.Count ? path.UsdPerKgP5[i] : null,
                High = i < path.UsdPerKgP95.Count ? path.UsdPerKgP95[i] : null,
            }).ToList();
            series.Add(new Series($"modelled {Market(path.Market, prices.Issuer)} (median, p5–p95)", SeriesKind.Line, points)
            {
                Color = path.Market == "outside" ? ChartColors.Red : ChartColors.Blue,
            });
        }
        foreach (var market in new[] { "inside", "outside" })
        {
            var observed = prices.Observed.Where(p => p.Market == market)
                .Select(p => new ChartPoint(ChartPoint.Month(p.Month), p.UsdPerKg) { Hover = string.Join(", ", p.Sources) }).ToList();
            if (observed.Count == 0) continue;
            series.Add(new Series($"observed {Market(market, prices.Issuer)}", SeriesKind.Markers, observed)
            {
                Color = market == "outside" ? ChartColors.DarkRed : ChartColors.Navy,
                Marker = market == "outside" ? PointMarker.Diamond : PointMarker.Square,
            });
        }
        return new Chart(
            $"{prices.Item}: prices in {prices.Issuer} and outside under {prices.Scenario}",
            new Axis("month (observed: sourced mid-points, observed/prices.csv; modelled: computed)", AxisScale.Date),
            new Axis("US$ per kg (log scale)", AxisScale.Log) { Prefix = "$" },
            series)
        {
            EmptyText = $"No observed or modelled price of {prices.Item}",
        };
    }

    private static string Market(string market, string issuer) => market == "outside" ? "outside " + issuer : "in " + issuer;
}
