using System.Text.Json.Nodes;
using Chokepoint.Application.Charts;

namespace Chokepoint.Web.Pages;

/// <summary>The traces of a <see cref="Chart"/> for plotly.js: lines with their bands, markers with their text, bars, segments, and the legend keys.</summary>
internal static class PlotlyTraces
{
    public static JsonArray Of(Chart chart)
    {
        var data = new JsonArray();
        var onHover = chart.Bands == BandDisplay.OnDemand;
        foreach (var s in chart.Series)
        {
            if (s.Points.Count == 0) continue;
            switch (s.Kind)
            {
                case SeriesKind.Line:
                    if (s.HasBand) Band(data, chart, s, onHover);
                    data.Add(Line(chart, s));
                    break;
                case SeriesKind.Markers: data.Add(Markers(chart, s)); break;
                case SeriesKind.Bars: data.Add(Bars(chart, s)); break;
                case SeriesKind.Segments: data.Add(Segments(chart, s)); break;
            }
        }
        foreach (var k in chart.Keys)
        {
            // A legend entry without data: plotly lists a trace whose only point is empty.
            data.Add(new JsonObject
            {
                ["type"] = "scatter", ["mode"] = "markers", ["name"] = k.Label, ["x"] = new JsonArray((JsonNode?)null), ["y"] = new JsonArray((JsonNode?)null),
                ["hoverinfo"] = "skip", ["showlegend"] = true,
                ["marker"] = new JsonObject { ["symbol"] = k.Hatched ? "square-open" : "square", ["size"] = 12, ["color"] = k.Hatched ? "#333333" : k.Color },
            });
        }
        return data;
    }

    private static JsonObject Trace(Chart chart, Series s, string type, IEnumerable<ChartPoint> points)
    {
        var list = points.ToList();
        return new JsonObject
        {
            ["type"] = type, ["name"] = s.Label, ["legendgroup"] = s.Label, ["showlegend"] = s.InLegend,
            ["x"] = new JsonArray(list.Select(p => PlotlyCharts.Value(chart.X, p.X)).ToArray()),
            ["y"] = new JsonArray(list.Select(p => PlotlyCharts.Value(chart.Y, p.Y)).ToArray()),
        };
    }

    private static JsonArray Hovers(IEnumerable<ChartPoint> points) => new(points.Select(p => (JsonNode?)(p.Hover ?? "")).ToArray());

    private static void Band(JsonArray data, Chart chart, Series s, bool onHover)
    {
        var pts = s.Points.Where(p => p.Low is not null && p.High is not null).ToList();
        JsonObject Edge(Func<ChartPoint, double> y, bool fill)
        {
            var edge = new JsonObject
            {
                ["type"] = "scatter", ["mode"] = "lines", ["name"] = s.Label + " p5–p95", ["legendgroup"] = s.Label, ["showlegend"] = false, ["hoverinfo"] = "skip",
                ["meta"] = "band", ["line"] = new JsonObject { ["width"] = 0, ["color"] = s.Color },
                ["x"] = new JsonArray(pts.Select(p => PlotlyCharts.Value(chart.X, p.X)).ToArray()),
                ["y"] = new JsonArray(pts.Select(p => PlotlyCharts.Value(chart.Y, y(p))).ToArray()),
            };
            if (fill) { edge["fill"] = "tonexty"; edge["fillcolor"] = s.Color + "33"; }
            if (onHover) edge["visible"] = false;
            return edge;
        }
        data.Add(Edge(p => p.Low!.Value, fill: false));
        data.Add(Edge(p => p.High!.Value, fill: true));
    }

    private static JsonObject Line(Chart chart, Series s)
    {
        var t = Trace(chart, s, "scatter", s.Points);
        t["mode"] = s.Marker == PointMarker.None ? "lines" : "lines+markers";
        var line = new JsonObject { ["color"] = s.Color, ["width"] = 2 };
        if (s.Dashed) line["dash"] = "dash";
        t["line"] = line;
        if (s.Marker != PointMarker.None) t["marker"] = new JsonObject { ["symbol"] = Symbol(s.Marker), ["size"] = 6, ["color"] = s.Color };
        var band = "";
        if (s.HasBand)
        {
            t["customdata"] = new JsonArray(s.Points.Select(p => (JsonNode)new JsonArray(Round(p.Low), Round(p.High))).ToArray());
            var y = PlotlyCharts.Hover(chart.Y, "customdata[0]") + "–" + PlotlyCharts.Hover(chart.Y, "customdata[1]");
            band = " (p5–p95 " + y + ")";
        }
        t["hovertemplate"] = s.Label + "<br>" + PlotlyCharts.Hover(chart.X, "x") + ": " + PlotlyCharts.Hover(chart.Y, "y") + band + "<extra></extra>";
        return t;
    }

    private static JsonObject Markers(Chart chart, Series s)
    {
        var t = Trace(chart, s, "scatter", s.Points);
        var text = s.Points.Any(p => p.Text is not null);
        t["mode"] = text ? "markers+text" : "markers";
        if (text)
        {
            t["text"] = new JsonArray(s.Points.Select(p => (JsonNode?)(p.Text ?? "")).ToArray());
            t["textposition"] = "top center";
        }
        t["marker"] = new JsonObject
        {
            ["symbol"] = Symbol(s.Marker), ["size"] = 10,
            ["color"] = new JsonArray(s.Points.Select(p => (JsonNode?)(p.Color ?? s.Color)).ToArray()),
            // The outline in the point's colour too: an open marker is all outline.
            ["line"] = new JsonObject { ["width"] = 2, ["color"] = new JsonArray(s.Points.Select(p => (JsonNode?)(p.Color ?? s.Color)).ToArray()) },
        };
        t["customdata"] = Hovers(s.Points);
        t["hovertemplate"] = (text ? "%{text}<br>" : "") + s.Label + "<br>" + PlotlyCharts.Hover(chart.X, "x") + ": " + PlotlyCharts.Hover(chart.Y, "y") + " %{customdata}<extra></extra>";
        return t;
    }

    private static JsonObject Bars(Chart chart, Series s)
    {
        var horizontal = chart.Y.Scale == AxisScale.Category;
        var t = Trace(chart, s, "bar", s.Points);
        if (horizontal) t["orientation"] = "h";
        var marker = new JsonObject { ["color"] = new JsonArray(s.Points.Select(p => (JsonNode?)(p.Color ?? s.Color)).ToArray()) };
        if (s.Points.Any(p => p.Hatched))
            marker["pattern"] = new JsonObject { ["shape"] = new JsonArray(s.Points.Select(p => (JsonNode?)(p.Hatched ? "/" : "")).ToArray()) };
        t["marker"] = marker;
        t["customdata"] = Hovers(s.Points);
        var (category, value) = horizontal ? ("y", chart.X) : ("x", chart.Y);
        t["hovertemplate"] = "%{" + category + "}<br>" + s.Label + ": " + PlotlyCharts.Hover(value, horizontal ? "x" : "y") + " %{customdata}<extra></extra>";
        return t;
    }

    private static JsonObject Segments(Chart chart, Series s)
    {
        // One trace per series: each segment from X to XEnd on its row, a null between segments breaks the line.
        var xs = new JsonArray();
        var ys = new JsonArray();
        var hover = new JsonArray();
        foreach (var p in s.Points)
        {
            xs.Add(PlotlyCharts.Value(chart.X, p.X));
            xs.Add(PlotlyCharts.Value(chart.X, p.XEnd ?? p.X));
            xs.Add(null);
            var row = PlotlyCharts.Value(chart.Y, p.Y);
            ys.Add(row);
            ys.Add(row?.DeepClone());
            ys.Add(null);
            hover.Add(p.Hover ?? "");
            hover.Add(p.Hover ?? "");
            hover.Add(null);
        }
        return new JsonObject
        {
            ["type"] = "scatter", ["mode"] = "lines", ["name"] = s.Label, ["legendgroup"] = s.Label, ["showlegend"] = s.InLegend, ["x"] = xs, ["y"] = ys,
            ["customdata"] = hover, ["line"] = new JsonObject { ["color"] = s.Color, ["width"] = 8 },
            ["hovertemplate"] = s.Label + ": %{customdata}<br>" + PlotlyCharts.Hover(chart.X, "x") + "<extra></extra>",
        };
    }

    private static string Symbol(PointMarker m) => m switch
    {
        PointMarker.OpenCircle => "circle-open",
        PointMarker.Square => "square",
        PointMarker.Diamond => "diamond",
        PointMarker.Triangle => "triangle-up",
        _ => "circle",
    };

    private static JsonNode? Round(double? v) => v is { } x && double.IsFinite(x) ? Math.Round(x, 6) : null;
}
