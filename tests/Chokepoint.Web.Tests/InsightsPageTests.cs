using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Web.Tests;

/// <summary>The evidence insights page: an industry's insights in the shared tables, references linked to their rows, and a refusal for an unknown industry.</summary>
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
        // The tables of 'insights --industry': each reference links to its row of the references table.
        var links = Regex.Matches(html, "href=\"#ref-([0-9]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        var anchors = Regex.Matches(html, "<td class=\"nowrap\" id=\"ref-([0-9]+)\">\\[\\1\\]</td>").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("1", links);
        Assert.Equal(anchors.Distinct().Count(), anchors.Count);
        Assert.All(links, l => Assert.Contains(l, anchors));
        Assert.Contains("<a href=\"#ref-1\">[1]</a>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"num\">paragraph</th>", html, StringComparison.Ordinal);
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
