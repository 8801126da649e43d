using System.Net;
using System.Text.RegularExpressions;
using Chokepoint.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Chokepoint.Web.Tests;

/// <summary>
/// Issue 20: the overview's exposure table and an item's shares are the handlers' tables, and the links and anchors the
/// page's own markup had still lead where they did: a product to the exposure view of the same question, a binding
/// input to its item, a row to "#share-CTRY", a source to its address in sources.csv.
/// </summary>
public sealed partial class TableLinksTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Every_link_of_the_overviews_exposure_table_opens_a_page_of_the_same_question()
    {
        var table = Section(await _client.GetStringAsync("/?as_of=2025-11-15"), "exposure-table");
        var links = Hrefs().Matches(table).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();

        var exposure = links.Where(l => l.StartsWith("/exposure?", StringComparison.Ordinal)).ToList();
        Assert.Contains("/exposure?product=electric-car&to=USA&as_of=2025-11-15&made_in=true&issuer=CHN", exposure);
        Assert.True(exposure.Count >= 5, $"{exposure.Count} product links");
        foreach (var link in exposure.Take(3))
        {
            var page = await _client.GetStringAsync(link);
            Assert.Contains("id=\"output-at-risk\"", page, StringComparison.Ordinal);
        }
        var items = links.Where(l => l.StartsWith("/items/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(items);
        foreach (var link in items)
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task Every_share_row_is_the_target_of_its_country_anchor_and_each_source_links_to_its_address()
    {
        var dataset = factory.Services.GetRequiredService<DatasetHolder>().Dataset;
        var table = Section(await _client.GetStringAsync("/items/gallium"), "shares-table");
        var shares = dataset.Tables.Production.Where(p => p.Item == "gallium" && p.Year == dataset.LatestYear["gallium"]).ToList();

        Assert.NotEmpty(shares);
        foreach (var s in shares)
        {
            Assert.Contains($"<tr id=\"share-{s.Country}\">", table, StringComparison.Ordinal);
            if (dataset.Sources.TryGetValue(s.Source, out var source) && source.Url.StartsWith("http", StringComparison.Ordinal))
                Assert.Contains($"href=\"{WebUtility.HtmlEncode(source.Url)}\"", table, StringComparison.Ordinal);
        }
        Assert.Contains("id=\"share-CHN\"", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_controls_list_and_an_items_measures_and_inputs_link_each_measure_on_the_same_date_and_each_item()
    {
        var controls = Section(await _client.GetStringAsync("/controls?as_of=2025-11-15&issuer=CHN"), "controls-table");
        var links = Hrefs().Matches(controls).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
        Assert.Contains("/controls/CHN-MOFCOM-2023-23?as_of=2025-11-15", links);
        // Every item of a measure's list is its own link ("gallium, germanium, compound-semiconductor-wafer").
        Assert.Contains("/items/gallium", links);
        Assert.Contains("/items/germanium", links);
        Assert.Contains("/items/compound-semiconductor-wafer", links);
        Assert.DoesNotContain(links, l => l.StartsWith("/controls/", StringComparison.Ordinal) && !l.EndsWith("?as_of=2025-11-15", StringComparison.Ordinal));

        var item = await _client.GetStringAsync("/items/gallium?as_of=2025-11-15");
        Assert.Contains("href=\"/controls/CHN-MOFCOM-2023-23?as_of=2025-11-15\"", Section(item, "measures-table"), StringComparison.Ordinal);
        var inputs = Section(await _client.GetStringAsync("/items/electric-car"), "inputs-table");
        Assert.Contains("<a href=\"/items/battery-pack\">battery-pack</a>", inputs, StringComparison.Ordinal);
        foreach (var link in Hrefs().Matches(inputs).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(l => l.StartsWith("/items/", StringComparison.Ordinal)))
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(link)).StatusCode);
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no element #{id}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    [Theory]
    [InlineData("/controls/CHN-MOFCOM-2025-18?as_of=2025-11-15", "/items/terbium-oxide")]
    [InlineData("/controls/USA-BIS-2025-04-09-H20?as_of=2025-11-15", "/items/china-grade-ai-accelerator")]
    public async Task Every_item_link_of_a_measure_page_opens_an_item_including_its_phases_items(string page, string expected)
    {
        // Guards the phases' items column: a phase naming no item applies to all the measure's items, listed, never "all".
        var links = Hrefs().Matches(await _client.GetStringAsync(page)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(l => l.StartsWith("/items/", StringComparison.Ordinal)).Select(l => l.Split('?')[0]).Distinct().ToList();

        Assert.Contains(expected, links);
        foreach (var link in links)
            Assert.True((await _client.GetAsync(link)).StatusCode == HttpStatusCode.OK, link);
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Hrefs();
}
