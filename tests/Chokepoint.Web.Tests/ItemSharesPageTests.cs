using System.Net;
using System.Text.Json;
using Chokepoint.Application.Charts;
using Chokepoint.Model;
using Chokepoint.Web.Pages;

namespace Chokepoint.Web.Tests;

/// <summary>Issue 13 §4: an item's shares that stand in for production (SIPRI arms exports) are shown as what they are.</summary>
public sealed class ItemSharesPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Fighter_jet_page_marks_its_export_shares_as_a_proxy_not_production()
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/items/fighter-jet"));

        Assert.Contains("share of world exports standing in for production", html, StringComparison.Ordinal);
        Assert.Contains("<td>export share†</td>", html, StringComparison.Ordinal);
        Assert.Contains("export share: share of world exports standing in for production", Shares(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<td>output</td>", Shares(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gallium_page_says_output_and_has_no_proxy_note()
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/items/gallium"));

        Assert.Contains("Shares in 2024: share of world production.", html, StringComparison.Ordinal);
        Assert.Contains("<td>output</td>", Shares(html), StringComparison.Ordinal);
        Assert.DoesNotContain("standing in for", Shares(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Share_chart_hatches_and_marks_only_the_proxy_bars()
    {
        ProductionShare[] shares =
        [
            new("fighter-jet", "USA", 2024, 43, "test", Confidence.Low) { Basis = "export-proxy" },
            new("fighter-jet", "FRA", 2024, 9.6, "test", Confidence.Low),
        ];

        var spec = JsonDocument.Parse(PlotlyCharts.Spec(SharesCharts.Item("fighter-jet", shares))).RootElement;

        var bar = spec.GetProperty("data")[0];
        Assert.Equal(["USA†", "FRA"], bar.GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["/", ""], bar.GetProperty("marker").GetProperty("pattern").GetProperty("shape").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("† a proxy", spec.GetProperty("layout").GetProperty("title").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static string Shares(string html)
    {
        var start = html.IndexOf("id=\"shares-table\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no #shares-table");
        return html[start..html.IndexOf("class=\"chart\"", start, StringComparison.Ordinal)];
    }
}
