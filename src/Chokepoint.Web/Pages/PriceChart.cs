using System.Text.Json.Nodes;
using Chokepoint.Contracts;

namespace Chokepoint.Web.Pages;

/// <summary>
/// The price chart of an item page as a plotly specification: modelled monthly paths (median line, p5–p95 band) inside
/// the issuer and outside, and the observed prices as markers, log price axis.
/// </summary>
public static class PriceChart
{
    /// <summary>The chart of <paramref name="prices"/>.</summary>
    public static string Of(PricesJson prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var data = new List<object>();
        foreach (var p in prices.Modelled)
        {
            var color = p.Market == "outside" ? "#c0392b" : "#2f6690";
            var name = $"modelled {Where(p.Market, prices.Issuer)}";
            var x = p.Months.Select(m => m + "-01").ToArray();
            data.Add(new { type = "scatter", mode = "lines", x, y = p.UsdPerKgP5, line = new { width = 0, color }, showlegend = false, hoverinfo = "skip", legendgroup = name });
            data.Add(new { type = "scatter", mode = "lines", x, y = p.UsdPerKgP95, fill = "tonexty", fillcolor = color + "33", line = new { width = 0, color }, showlegend = false,
                hoverinfo = "skip", legendgroup = name });
            data.Add(new { type = "scatter", mode = "lines", x, y = p.UsdPerKg, name = name + " (median, p5–p95)", legendgroup = name, line = new { color, width = 2 },
                hovertemplate = name + "<br>%{x|%Y-%m}: $%{y:,.2f}/kg<extra></extra>" });
        }
        foreach (var market in new[] { "inside", "outside" })
        {
            var points = prices.Observed.Where(o => o.Market == market).ToList();
            if (points.Count == 0) continue;
            var name = $"observed {Where(market, prices.Issuer)}";
            data.Add(new { type = "scatter", mode = "markers", name, x = points.Select(o => o.Month + "-01").ToArray(), y = points.Select(o => o.UsdPerKg).ToArray(),
                customdata = points.Select(o => string.Join(", ", o.Sources)).ToArray(),
                marker = new { size = 10, symbol = market == "outside" ? "diamond" : "square", color = market == "outside" ? "#7b1f14" : "#1b3a57" },
                hovertemplate = name + "<br>%{x|%Y-%m}: $%{y:,.2f}/kg (%{customdata})<extra></extra>" });
        }
        var layout = Charts.Layout($"{prices.Item}: prices in {prices.Issuer} and outside under {prices.Scenario} (observed: sourced; modelled: computed)", "USD per kg (log scale)", null);
        layout["yaxis"]!["type"] = "log";
        layout["xaxis"] = new JsonObject { ["type"] = "date" };
        layout["height"] = 460;
        return Charts.Spec(data, layout);
    }

    private static string Where(string market, string issuer) => market == "outside" ? "outside " + issuer : "in " + issuer;
}
