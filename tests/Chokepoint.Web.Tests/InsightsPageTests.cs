using System.Net;
using System.Text;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Web.Tests;

/// <summary>The evidence insights page: an industry's insights with numbered references, and a refusal for an unknown industry.</summary>
public sealed class InsightsPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Article = "Heavy rare earths\n2025-05-12\n\nChina refines 99% of heavy rare earths such as dysprosium.\n\n" +
        "The commerce ministry started requiring licences for exports of seven rare earths in early April.\n";

    [Fact]
    public async Task Insights_page_shows_an_industrys_insights_with_numbered_references()
    {
        var client = factory.CreateClient();
        using (var w = Workspace.Open(factory.DbPath)) w.Ingest("heavy.txt", Encoding.UTF8.GetBytes(Article));

        var html = await client.GetStringAsync("/evidence/insights?industry=rare-earths");

        Assert.Contains("Supply shares", html, StringComparison.Ordinal);
        Assert.Contains("dysprosium oxide refining at 99%", html, StringComparison.Ordinal);
        Assert.Contains("CHN-MOFCOM-2025-18", html, StringComparison.Ordinal);
        Assert.Contains("id=\"ref-1\"", html, StringComparison.Ordinal);
        Assert.Contains("paragraph 3", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insights_page_names_an_unknown_industry_and_the_expected_ones()
    {
        var response = await factory.CreateClient().GetAsync("/evidence/insights?industry=knitting");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("industry &#x27;knitting&#x27; is unknown; expected one of", html, StringComparison.Ordinal);
    }
}
