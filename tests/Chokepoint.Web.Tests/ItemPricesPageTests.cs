using System.Net;

namespace Chokepoint.Web.Tests;

/// <summary>Issue 19 §1: the item page shows observed and modelled prices from the same handler as 'chokepoint prices'.</summary>
public sealed class ItemPricesPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Dysprosium_oxide_page_shows_prices_inside_china_and_outside_with_the_cli_table()
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/items/dysprosium-oxide"));

        Assert.Contains("<section id=\"prices\">", html, StringComparison.Ordinal);
        Assert.Contains("Prices inside CHN and outside", html, StringComparison.Ordinal);
        Assert.Contains("dysprosium-oxide: prices inside CHN and outside, observed and modelled under replay-2025", html, StringComparison.Ordinal);
        Assert.Contains("Ratio error (modelled ÷ observed − 1, mean absolute)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_without_observed_prices_has_no_price_section()
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/items/gallium"));

        Assert.DoesNotContain("id=\"prices\"", html, StringComparison.Ordinal);
    }
}
