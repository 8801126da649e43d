using Chokepoint.Application.Report;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;

namespace Chokepoint.Application.Charts;

/// <summary>Exposure charts of the report and the overview: output at risk per product under each view, and the chokepoint ranking.</summary>
public static class ExposureCharts
{
    /// <summary>Grouped bars: output at risk (%) of each product made in <paramref name="target"/>, one series per view.</summary>
    public static Chart Products(IReadOnlyList<ProductExposure> exposures, string target, IReadOnlyList<string> views)
    {
        ArgumentNullException.ThrowIfNull(exposures);
        ArgumentNullException.ThrowIfNull(views);
        var products = exposures.Where(e => e.Target == target).Select(e => e.Product).Distinct(StringComparer.Ordinal).ToList();
        string[] colors = [ChartColors.Red, ChartColors.Orange, ChartColors.Slate];
        var series = views.Select((v, i) => new Series(v, SeriesKind.Bars, products
            .Select((p, at) => (At: at, Row: exposures.FirstOrDefault(e => e.Target == target && e.Product == p && e.View == v)))
            .Where(x => x.Row is not null)
            .Select(x => new ChartPoint(x.At, 100 * x.Row!.OutputAtRisk) { Hover = x.Row.BindingInput.Length > 0 ? "binding: " + x.Row.BindingInput : null })
            .ToList()) { Color = colors[i % colors.Length] }).ToList();
        return new Chart(
            $"Products {Words.MadeIn} {target}: output at risk from Chinese export controls (computed, static bound)",
            new Axis("product", AxisScale.Category) { Categories = products },
            new Axis("output at risk, % (computed, static bound)") { Min = 0, Max = 105, Decimals = 1 },
            series)
        {
            EmptyText = $"No product {Words.MadeIn} {target} has a recipe",
        };
    }

    /// <summary>Horizontal bars of the chokepoint ranking: the worst product's output at risk (%) when each item alone is stopped, the first <paramref name="take"/> items, largest on top; red when controlled on the date.</summary>
    public static Chart Chokepoints(IReadOnlyList<ChokepointJson> rows, string issuer, string target, DateOnly? on, int take = 15)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var top = rows.Take(take).Reverse().ToList();
        var controlled = on is { } d ? $"controlled on {Format.Date(d)}" : "controlled";
        var points = top.Select((r, i) => new ChartPoint(100 * r.OutputAtRiskMax, i)
        {
            Color = r.Controlled ? ChartColors.Red : ChartColors.Grey, Hover = "of the worst product: " + string.Join(", ", r.ProductsAffected.Take(3)),
        }).ToList();
        return new Chart(
            $"{issuer} → {target}: each item stopped alone (computed)",
            new Axis("output at risk, % (worst product, computed)") { Min = 0, Decimals = 1 },
            new Axis("item", AxisScale.Category) { Categories = top.Select(r => r.Item).ToList() },
            [new Series("output at risk", SeriesKind.Bars, points) { InLegend = false }])
        {
            Keys = [new LegendKey(controlled, ChartColors.Red), new LegendKey("not " + controlled, ChartColors.Grey)],
            EmptyText = $"No item of {issuer} puts a product {Words.MadeIn} {target} at risk",
        };
    }
}
