using System.Text.Json;
using System.Text.Json.Nodes;

namespace Chokepoint.Web.Pages;

/// <summary>
/// Plotly layout and serialisation helpers of the leverage scatter (<see cref="LeverageChart"/>), the one web chart not yet
/// built from the application layer's chart model; every other chart is rendered by <see cref="PlotlyCharts"/>.
/// </summary>
public static class Charts
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = null };

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
