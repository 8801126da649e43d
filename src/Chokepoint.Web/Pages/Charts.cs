using System.Text.Json;
using System.Text.Json.Nodes;
using Chokepoint.Analysis.Controls;
using Chokepoint.Model;
using Chokepoint.Application.Report;
using Chokepoint.Application.Wording;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Web.Pages;

/// <summary>
/// Plotly chart specifications ({data, layout}) as JSON for a data-chart attribute; site.js draws them
/// with the plotly.js served by the app. Values appear on hover; time series zoom.
/// </summary>
public static class Charts
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = null };

    /// <summary>
    /// Bar chart of country shares of one item. A share that stands in for production (<see cref="ProductionShare.IsProxy"/>)
    /// is hatched and its country marked <see cref="ShareLabels.ProxyMark"/>; the title names what the shares measure.
    /// </summary>
    public static string Shares(string item, IReadOnlyList<ProductionShare> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var data = new[] { new { type = "bar", x = shares.Select(s => s.Country + (s.IsProxy ? ShareLabels.ProxyMark : "")).ToArray(), y = shares.Select(s => s.SharePct).ToArray(),
            customdata = shares.Select(s => ShareLabels.Explain(s.Basis)).ToArray(),
            hovertemplate = "%{x}: %{y:.1f}% (%{customdata})<extra></extra>",
            marker = new { color = shares.Select(s => s.IsProxy ? "#8fb3cf" : "#2f6690").ToArray(),
                pattern = new { shape = shares.Select(s => s.IsProxy ? "/" : "").ToArray() } } } };
        return Spec(data, Layout($"{item}: {SharesMeasure(shares)} (%)", "share %", null));
    }

    /// <summary>What the shares of one item measure, for a title: "share of world production", or the one basis they all share.</summary>
    public static string SharesMeasure(IReadOnlyList<ProductionShare> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var bases = shares.Select(s => (s.Basis, s.IsProxy)).Distinct().ToList();
        if (bases.All(b => ShareLabels.Short(b.Basis) is null && !b.IsProxy)) return "share of world production";
        if (bases.Count == 1) return ShareLabels.Explain(bases[0].Basis) + (bases[0].IsProxy ? $" ({ShareLabels.ProxyMark} proxy)" : "");
        return $"shares ({ShareLabels.ProxyMark} a proxy, not a production share)";
    }

    /// <summary>Grouped bars: output at risk (%) of each product under each view, for one target.</summary>
    public static string Exposure(IReadOnlyList<ProductExposure> rows, string target, IReadOnlyList<string> views)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(views);
        var colors = new[] { "#c0392b", "#e67e22", "#7f8c8d" };
        var data = views.Select((v, i) =>
        {
            var r = rows.Where(e => e.Target == target && e.View == v).ToList();
            return new { type = "bar", name = v, x = r.Select(e => e.Product).ToArray(), y = r.Select(e => Math.Round(100 * e.OutputAtRisk, 2)).ToArray(),
                hovertemplate = "%{x}<br>" + v + ": %{y:.1f}%<extra></extra>", marker = new { color = colors[i % colors.Length] } };
        }).ToArray();
        var layout = Layout($"Products made in {target}: output at risk (computed, %)", "output at risk %", null);
        layout["barmode"] = "group";
        return Spec(data, layout);
    }

    /// <summary>Horizontal bars of the chokepoint ranking (worst product output at risk, %).</summary>
    public static string Chokepoints(IReadOnlyList<Contracts.ChokepointJson> rows, string title)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var top = rows.Take(15).Reverse().ToList();
        var data = new[] { new { type = "bar", orientation = "h", y = top.Select(r => r.Item).ToArray(), x = top.Select(r => Math.Round(100 * r.OutputAtRiskMax, 2)).ToArray(),
            hovertemplate = "%{y}: %{x:.1f}% of the worst product<extra></extra>", marker = new { color = top.Select(r => r.Controlled ? "#c0392b" : "#95a5a6").ToArray() } } };
        var layout = Layout(title, null, "output at risk % (max over products)");
        layout["margin"] = new JsonObject { ["l"] = 180, ["r"] = 20, ["t"] = 40, ["b"] = 40 };
        layout["height"] = 80 + 24 * top.Count;
        return Spec(data, layout);
    }

    /// <summary>The timeline of measures: a segment per measure from effective to end (or the as-of date), coloured by status.</summary>
    public static string Timeline(IReadOnlyList<MeasureOnDate> measures, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var ordered = measures.OrderBy(m => m.Measure.Effective).ToList();
        var data = new List<object>();
        foreach (var group in ordered.GroupBy(m => Names.Of(m.Status)))
        {
            var xs = new List<string?>();
            var ys = new List<string?>();
            var text = new List<string?>();
            foreach (var m in group)
            {
                var end = m.Measure.Ended is { } e && e < asOf ? e : asOf;
                var label = $"{m.Measure.Id} ({Names.Of(m.Measure.Kind)}): {string.Join(", ", m.Measure.Items.Take(4))}";
                xs.AddRange([Nav.Date(m.Measure.Effective), Nav.Date(end < m.Measure.Effective ? m.Measure.Effective : end), null]);
                ys.AddRange([m.Measure.Id, m.Measure.Id, null]);
                text.AddRange([label, label, null]);
            }
            var color = group.Key switch { "in_force" => "#c0392b", "suspended" => "#95a5a6", "announced" => "#e67e22", "unverified" => "#b9770e", _ => "#34495e" };
            data.Add(new { type = "scatter", mode = "lines+markers", name = group.Key, x = xs, y = ys, text, hovertemplate = "%{text}<br>%{x}<extra></extra>",
                line = new { color, width = 6 }, marker = new { size = 6, color } });
        }
        var layout = Layout($"Export-control measures from their effective date (status on {Nav.Date(asOf)})", null, null);
        layout["xaxis"] = new JsonObject { ["type"] = "date" };
        layout["yaxis"] = new JsonObject { ["automargin"] = true, ["categoryorder"] = "array", ["categoryarray"] = new JsonArray(ordered.Select(m => (JsonNode)m.Measure.Id).ToArray()) };
        layout["height"] = 120 + 18 * ordered.Count;
        return Spec(data, layout);
    }

    /// <summary>Output fraction over time for the worst-hit nodes, with the p5–p95 band when Monte Carlo.</summary>
    public static string Simulation(SimulationResult r, int take = 6)
    {
        ArgumentNullException.ThrowIfNull(r);
        var palette = new[] { "#c0392b", "#2f6690", "#27ae60", "#8e44ad", "#e67e22", "#16a085", "#7f8c8d", "#d35400" };
        var data = new List<object>();
        var dates = Enumerable.Range(0, r.HorizonDays + 1).Select(t => Nav.Date(r.Start.AddDays(t))).ToArray();
        var i = 0;
        foreach (var o in r.Outcomes.Take(take))
        {
            var color = palette[i++ % palette.Length];
            var name = $"{o.Label.Item} ({o.Label.Country}, {o.Label.Kind})";
            var x = dates.Take(o.Series.Count).ToArray();
            if (o.SeriesP5 is not null && o.SeriesP95 is not null)
            {
                data.Add(new { type = "scatter", mode = "lines", x, y = o.SeriesP5, line = new { width = 0, color }, showlegend = false, hoverinfo = "skip", legendgroup = name });
                data.Add(new { type = "scatter", mode = "lines", x, y = o.SeriesP95, fill = "tonexty", fillcolor = color + "33", line = new { width = 0, color }, name = name + " p5–p95",
                    showlegend = false, hoverinfo = "skip", legendgroup = name });
            }
            data.Add(new { type = "scatter", mode = "lines", x, y = o.Series, name, legendgroup = name, line = new { color, width = 2 },
                hovertemplate = name + "<br>%{x}: %{y:.3f} of baseline<extra></extra>" });
        }
        var layout = Layout($"{r.Scenario}: output as a fraction of baseline{(r.Runs > 1 ? $" (median and p5–p95 of {r.Runs} runs)" : "")}", "output / baseline", null);
        layout["xaxis"] = new JsonObject { ["type"] = "date", ["rangeslider"] = new JsonObject { ["visible"] = true } };
        layout["height"] = 520;
        return Spec(data, layout);
    }

    /// <summary>Observed (solid) and modelled (dashed) monthly flow indices of a back-test, one colour per flow.</summary>
    public static string Backtest(Simulation.Backtest.BacktestResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var palette = new[] { "#c0392b", "#2f6690", "#27ae60", "#8e44ad", "#e67e22", "#16a085", "#7f8c8d", "#d35400" };
        var data = new List<object>();
        var i = 0;
        foreach (var flow in r.Flows.GroupBy(f => (f.Item, f.Exporter, f.Importer)))
        {
            var color = palette[i++ % palette.Length];
            var name = $"{flow.Key.Item} {flow.Key.Exporter}→{flow.Key.Importer}";
            var months = flow.OrderBy(f => f.Month).ToList();
            var x = months.Select(f => Nav.Date(f.Month)).ToArray();
            data.Add(new { type = "scatter", mode = "lines+markers", name = name + " observed", legendgroup = name, x, y = months.Select(f => f.ObservedIndex).ToArray(),
                line = new { color, width = 2 }, hovertemplate = name + " observed<br>%{x|%Y-%m}: %{y:.2f}<extra></extra>" });
            data.Add(new { type = "scatter", mode = "lines", name = name + " modelled", legendgroup = name, x, y = months.Select(f => f.ModelledIndex).ToArray(),
                line = new { color, width = 2, dash = "dash" }, hovertemplate = name + " modelled<br>%{x|%Y-%m}: %{y:.2f}<extra></extra>" });
        }
        var layout = Layout($"{r.Scenario}: observed (solid) and modelled (dashed) exports, index 1 = months before the first measure", "index", null);
        layout["xaxis"] = new JsonObject { ["type"] = "date" };
        layout["height"] = 480;
        return Spec(data, layout);
    }

    internal static JsonObject Layout(string title, string? yTitle, string? xTitle) => new()
    {
        ["title"] = new JsonObject { ["text"] = title, ["font"] = new JsonObject { ["size"] = 15 } },
        ["yaxis"] = new JsonObject { ["title"] = new JsonObject { ["text"] = yTitle ?? "" }, ["automargin"] = true },
        ["xaxis"] = new JsonObject { ["title"] = new JsonObject { ["text"] = xTitle ?? "" }, ["automargin"] = true },
        ["margin"] = new JsonObject { ["l"] = 60, ["r"] = 20, ["t"] = 50, ["b"] = 80 },
        ["hovermode"] = "closest",
        ["font"] = new JsonObject { ["family"] = "system-ui, sans-serif" },
    };

    internal static string Spec(object data, JsonObject layout) =>
        new JsonObject { ["data"] = JsonSerializer.SerializeToNode(data, Json), ["layout"] = layout }.ToJsonString();
}
