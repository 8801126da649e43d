using System.Globalization;
using System.Text.Json.Nodes;
using Chokepoint.Application.Charts;

namespace Chokepoint.Web.Pages;

/// <summary>
/// Renders the application layer's <see cref="Chart"/> as a plotly.js specification ({data, layout}) for a data-chart
/// attribute; site.js draws it with the plotly.js served by the app. The title, axis labels, series labels and colours
/// are the model's, as in the report's PNG files; values show on hover, the legend sits below the chart, and bands
/// shown on demand appear for the line under the pointer.
/// </summary>
public static class PlotlyCharts
{
    /// <summary>Characters a title line holds: the chart is as wide as the page, down to a phone's 390 px.</summary>
    private const int TitleChars = 60;

    /// <summary>The plotly specification of <paramref name="chart"/>, as JSON.</summary>
    public static string Spec(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var data = PlotlyTraces.Of(chart);
        var layout = new JsonObject
        {
            ["title"] = new JsonObject { ["text"] = string.Join("<br>", chart.TitleLines(TitleChars)), ["font"] = new JsonObject { ["size"] = 15 } },
            ["xaxis"] = Axis(chart.X),
            ["yaxis"] = Axis(chart.Y),
            ["margin"] = new JsonObject { ["l"] = 60, ["r"] = 20, ["t"] = 30 + (20 * chart.TitleLines(TitleChars).Count), ["b"] = 60 },
            ["hovermode"] = "closest",
            ["font"] = new JsonObject { ["family"] = "system-ui, sans-serif" },
            ["legend"] = new JsonObject { ["orientation"] = "h", ["x"] = 0, ["xanchor"] = "left", ["y"] = -0.22, ["yanchor"] = "top" },
            ["height"] = Height(chart),
        };
        if (chart.Series.Count(s => s.Kind == SeriesKind.Bars) > 1) layout["barmode"] = "group";
        if (chart.IsEmpty)
            layout["annotations"] = new JsonArray(new JsonObject { ["text"] = chart.EmptyText, ["showarrow"] = false, ["xref"] = "paper", ["yref"] = "paper", ["x"] = 0.5, ["y"] = 0.5 });
        return new JsonObject { ["data"] = data, ["layout"] = layout }.ToJsonString();
    }

    /// <summary>A value as plotly shows it on the axis: dates as yyyy-MM-dd, categories by name, numbers as they are.</summary>
    internal static JsonNode? Value(Axis axis, double v) => axis.Scale switch
    {
        AxisScale.Date => ChartPoint.DateAt(v).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        AxisScale.Category => (int)Math.Round(v) is var i && i >= 0 && i < axis.Categories.Count ? axis.Categories[i] : null,
        _ => double.IsFinite(v) ? Math.Round(v, 6) : null,
    };

    /// <summary>The hover format of a value on <paramref name="axis"/> (a plotly template fragment for <paramref name="field"/>, "x" or "y").</summary>
    internal static string Hover(Axis axis, string field) => axis.Scale switch
    {
        AxisScale.Date => "%{" + field + "|%Y-%m-%d}",
        AxisScale.Category => "%{" + field + "}",
        _ => axis.Prefix + "%{" + field + ":,." + Math.Clamp(axis.Decimals, 0, 6).ToString(CultureInfo.InvariantCulture) + "f}",
    };

    private static JsonObject Axis(Axis axis)
    {
        var node = new JsonObject { ["title"] = new JsonObject { ["text"] = axis.Label }, ["automargin"] = true };
        switch (axis.Scale)
        {
            case AxisScale.Date: node["type"] = "date"; break;
            case AxisScale.Log: node["type"] = "log"; break;
            case AxisScale.Category:
                node["type"] = "category";
                node["categoryorder"] = "array";
                node["categoryarray"] = new JsonArray(axis.Categories.Select(c => (JsonNode?)c).ToArray());
                break;
            case AxisScale.Linear: break;
        }
        if (axis.Prefix.Length > 0) node["tickprefix"] = axis.Prefix;
        if (axis.Scale is AxisScale.Linear && axis.Min is { } lo && axis.Max is { } hi)
            node["range"] = new JsonArray(lo, hi);
        else if (axis.Scale is AxisScale.Log && axis.Min is { } logLo and > 0 && axis.Max is { } logHi and > 0)
        {
            // plotly takes a log axis's range in decades; one tick a decade.
            node["range"] = new JsonArray(Math.Log10(logLo), Math.Log10(logHi));
            node["dtick"] = 1;
        }
        else if (axis.Scale is AxisScale.Linear && axis.Min is { } min && min >= 0)
            node["rangemode"] = "tozero";
        return node;
    }

    private static int Height(Chart chart)
    {
        var rows = chart.Y.Scale == AxisScale.Category ? chart.Y.Categories.Count : 0;
        var legend = chart.LegendLabels.Count;
        return (rows > 0 ? Math.Max(320, 120 + (22 * rows)) : 460) + (legend > 3 ? 18 * (legend - 3) : 0);
    }
}
