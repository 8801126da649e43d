using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Web.Tests;

/// <summary>
/// The evidence pages in the shared table: search snippets (highlighted, every character of the document encoded),
/// paged like the other lists of the evidence page, and a document's brief.
/// </summary>
public sealed partial class TableKindsTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const int Matches = 53;

    [Fact]
    public async Task A_snippet_is_highlighted_and_its_markup_shown_as_text()
    {
        long id;
        using (var w = Workspace.Open(factory.DbPath))
            id = w.Ingest("hostile.txt", Encoding.UTF8.GetBytes("Notes & queries\n\nThe quillwort <script>window.__pwned=1</script> & <b>bold</b> claim.\n")).DocumentId;

        var html = await factory.CreateClient().GetStringAsync("/evidence?q=quillwort");

        var hits = Section(html, "hits");
        Assert.Contains("<mark>quillwort</mark>", hits, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hits, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", hits, StringComparison.Ordinal);
        Assert.Contains(" &amp; ", hits, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", hits, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", hits, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/evidence/documents/{id.ToString(CultureInfo.InvariantCulture)}\">", hits, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_documents_page_shows_its_brief_in_the_tables_of_insights_DOCUMENT()
    {
        long id;
        using (var w = Workspace.Open(factory.DbPath))
            id = w.Ingest("heavy.txt", Encoding.UTF8.GetBytes("Heavy rare earths\n2025-05-12\n\nChina refines 99% of heavy rare earths such as dysprosium.\n")).DocumentId;
        var doc = id.ToString(CultureInfo.InvariantCulture);

        var html = await factory.CreateClient().GetStringAsync($"/evidence/documents/{doc}");

        var brief = html[html.IndexOf("id=\"doc-brief\"", StringComparison.Ordinal)..html.IndexOf("id=\"doc-body\"", StringComparison.Ordinal)];
        Assert.Contains($"<h3>#{doc} claims</h3>", brief, StringComparison.Ordinal);
        Assert.Contains("<td class=\"nowrap status-agrees\">agrees</td>", brief, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/items/dysprosium-oxide\">dysprosium-oxide</a>", brief, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_hits_come_a_page_at_a_time_with_a_link_to_the_next()
    {
        using (var w = Workspace.Open(factory.DbPath))
            for (var i = 0; i < Matches; i++)
                w.Ingest($"bladder-{i}.txt", Encoding.UTF8.GetBytes($"Bladderwort note {i}\n\nThe bladderwort survey number {i}.\n"));
        var client = factory.CreateClient();

        var first = await client.GetStringAsync("/evidence?q=bladderwort");
        var next = await client.GetStringAsync("/evidence?q=bladderwort&search_offset=50");

        Assert.Contains($"Showing 1–50 of {Matches}.", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/evidence?q=bladderwort&amp;search_offset=50\"", first, StringComparison.Ordinal);
        Assert.Equal(50, Rows(Section(first, "hits")));
        Assert.Contains($"Showing 51–{Matches} of {Matches}.", next, StringComparison.Ordinal);
        Assert.Equal(Matches - 50, Rows(Section(next, "hits")));
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no element #{id}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static int Rows(string table) => RowStart().Count(table) - 1;

    [GeneratedRegex("<tr[ >]")]
    private static partial Regex RowStart();
}
