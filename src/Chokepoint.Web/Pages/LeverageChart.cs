using System.Globalization;
using System.Text.Json.Nodes;
using Chokepoint.Analysis.Leverage;

namespace Chokepoint.Web.Pages;

/// <summary>
/// The leverage scatter as a plotly specification: issuer forgone (x) against target loss (y), both log scales, one
/// point per measure-item pair; upper-bound ratios as open markers; the dashed line where the two are equal (ratio 1).
/// A log scale has no zero, so pairs with a zero on either side are left off (<see cref="LeftOff"/> counts them).
/// </summary>
public static class LeverageChart
{
    /// <summary>Rows that can be drawn: both figures above zero.</summary>
    public static IReadOnlyList<LeverageRow> Drawn(IEnumerable<LeverageRow> shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        return shown.Where(r => r.TargetLossUsd > 0 && r.IssuerForgoneUsd > 0).ToList();
    }

    /// <summary>Rows shown in the table but left off the chart (a zero on one side).</summary>
    public static int LeftOff(IEnumerable<LeverageRow> shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        return shown.Count(r => r.TargetLossUsd <= 0 || r.IssuerForgoneUsd <= 0);
    }

    /// <summary>The chart of the <paramref name="shown"/> rows of <paramref name="issuer"/> over <paramref name="target"/>; null when no pair can be drawn.</summary>
    public static string? Spec(IEnumerable<LeverageRow> shown, string issuer, string target)
    {
        var rows = Drawn(shown);
        if (rows.Count == 0) return null;
        var data = new List<object>();
        foreach (var (bound, name, symbol) in new[] { (false, "ratio", "circle"), (true, "≤ ratio (upper bound)", "circle-open") })
        {
            var group = rows.Where(r => r.RatioIsUpperBound == bound).OrderBy(r => r.IssuerForgoneUsd).ThenBy(r => r.TargetLossUsd).ToList();
            if (group.Count == 0) continue;
            data.Add(new
            {
                type = "scatter", mode = "markers+text", name,
                x = group.Select(r => r.IssuerForgoneUsd).ToArray(), y = group.Select(r => r.TargetLossUsd).ToArray(),
                text = group.Select(r => r.Item).ToArray(), textposition = group.Select((_, i) => i % 2 == 0 ? "top center" : "bottom center").ToArray(), textfont = new { size = 11 },
                customdata = group.Select(r => new[] { r.Measure, Ratio(r) }).ToArray(),
                hovertemplate = "%{customdata[0]}<br>%{text}<br>target loss $%{y:,.0f}<br>issuer forgone $%{x:,.0f}<br>ratio %{customdata[1]}<extra></extra>",
                marker = new { symbol, size = 11, color = "#c0392b", line = new { width = 2, color = "#c0392b" } },
            });
        }
        var lo = rows.Min(r => Math.Min(r.TargetLossUsd, r.IssuerForgoneUsd)) / 100;
        var hi = rows.Max(r => Math.Max(r.TargetLossUsd, r.IssuerForgoneUsd)) * 100;
        data.Add(new
        {
            type = "scatter", mode = "lines", name = "ratio 1 (loss = forgone)", x = new[] { lo, hi }, y = new[] { lo, hi },
            line = new { dash = "dash", color = "#7f8c8d", width = 1 }, hoverinfo = "skip",
        });
        var layout = Charts.Layout($"Leverage of {issuer} over {target}: damage against cost, US$ a year (computed)",
            $"{target}'s lost output value (US$, log)", $"{issuer}'s forgone exports (US$, log)");
        LogAxis((JsonObject)layout["xaxis"]!, rows.Select(r => r.IssuerForgoneUsd));
        LogAxis((JsonObject)layout["yaxis"]!, rows.Select(r => r.TargetLossUsd));
        layout["height"] = 480;
        layout["legend"] = new JsonObject { ["orientation"] = "h", ["y"] = -0.2 };
        return Charts.Spec(data, layout);
    }

    // A log axis over whole decades around the values (plus a margin), ticks only at powers of ten, so the labels
    // read 1M, 10M, 100M even when one point is drawn.
    private static void LogAxis(JsonObject axis, IEnumerable<double> values)
    {
        var logs = values.Select(Math.Log10).ToList();
        axis["type"] = "log";
        axis["range"] = new JsonArray(Math.Floor(logs.Min()) - 0.7, Math.Ceiling(logs.Max()) + 0.7);
        axis["dtick"] = 1;
    }

    private static string Ratio(LeverageRow r) =>
        r.Ratio is { } x ? (r.RatioIsUpperBound ? "≤ " : "") + x.ToString("#,0.0##", CultureInfo.InvariantCulture) : "-";
}
