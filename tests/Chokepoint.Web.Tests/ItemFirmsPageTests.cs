using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chokepoint.Cli;

namespace Chokepoint.Web.Tests;

/// <summary>Issue 17 §1: the item page lists the plants and firms that make the item, as 'shares ITEM --firms' does.</summary>
public sealed class ItemFirmsPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Discretes_page_lists_each_plant_with_its_firm_share_country_and_source_as_the_cli()
    {
        // Cells are compared without the whitespace Razor leaves between tags.
        var html = Regex.Replace(WebUtility.HtmlDecode(await _client.GetStringAsync("/items/automotive-discrete-semiconductor")), @">\s+<", "><");
        using var o = new StringWriter();
        using var e = new StringWriter();
        Assert.True(CliApp.Run(["shares", "automotive-discrete-semiconductor", "--firms", "--format", "json"], o, e) == 0, e.ToString());
        var rows = JsonDocument.Parse(o.ToString()).RootElement.EnumerateArray().ToList();

        Assert.Contains("id=\"firms-table\"", html, StringComparison.Ordinal);
        Assert.Contains("automotive-discrete-semiconductor: producers 2024 (plants and the rest of their countries)", html, StringComparison.Ordinal);
        var plants = rows.Where(r => r.GetProperty("firm").ValueKind == JsonValueKind.String).ToList();
        Assert.NotEmpty(plants);
        foreach (var r in plants)
        {
            var row = $"<td class=\"nowrap\">{r.GetProperty("producer").GetString()}</td><td>{r.GetProperty("firm").GetString()}</td><td>{r.GetProperty("parent_firm").GetString()}</td><td class=\"nowrap\">{r.GetProperty("country").GetString()}</td>";
            Assert.Contains(row, html, StringComparison.Ordinal);
            Assert.Contains(r.GetProperty("source").GetString()!, html, StringComparison.Ordinal);
        }
        Assert.Contains("<td class=\"nowrap\">nexperia-dongguan</td><td>nexperia</td><td>wingtech</td><td class=\"nowrap\">CHN</td><td class=\"num\">28.0%</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_without_plants_has_no_firms_table()
    {
        var html = await _client.GetStringAsync("/items/gallium");

        Assert.DoesNotContain("id=\"firms-table\"", html, StringComparison.Ordinal);
    }
}
