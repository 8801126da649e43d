using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Web.Tests;

/// <summary>
/// Issue 23 §7: with 562k claims /api/v1/claims answered 248 MB and /evidence 251 MB. Every list now comes a page at a
/// time (limit 1–1000, default 100) with the total in X-Total-Count; the page links to its neighbours.
/// </summary>
public sealed class EvidencePagingTests : IClassFixture<EvidencePagingTests.Factory>
{
    private const int Documents = 3;
    private const int ClaimsPerDocument = 60;
    private readonly HttpClient _client;

    public EvidencePagingTests(Factory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _client = factory.CreateClient();
        factory.Seed();
    }

    /// <summary>A workspace of three documents with sixty claims each, written before the first request.</summary>
    public sealed class Factory : WebFactory
    {
        private int _seeded;

        public void Seed()
        {
            if (Interlocked.Exchange(ref _seeded, 1) == 1) return;
            using var ws = Workspace.Open(DbPath);
            for (var d = 0; d < Documents; d++)
            {
                var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# Rare earth report {d}\n\n");
                for (var i = 0; i < ClaimsPerDocument; i++)
                    text.Append(CultureInfo.InvariantCulture, $"China mines {50 + i % 40}% of the world's rare earth ore, note {d}.{i}.\n\n");
                ws.Ingest($"report-{d}.md", Encoding.UTF8.GetBytes(text.ToString()));
            }
        }
    }

    private static int Total(HttpResponseMessage r) => int.Parse(r.Headers.GetValues("X-Total-Count").Single(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Claims_come_a_page_at_a_time_with_the_total_in_a_header()
    {
        using var first = await _client.GetAsync("/api/v1/claims");
        using var all = await _client.GetAsync("/api/v1/claims?limit=1000");
        using var page = await _client.GetAsync("/api/v1/claims?limit=7&offset=100");

        var whole = (await all.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        var part = (await page.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(Documents * ClaimsPerDocument, Total(first));
        Assert.Equal(100, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        Assert.Equal(Documents * ClaimsPerDocument, whole.Count);
        Assert.Equal(whole.Skip(100).Take(7).Select(c => c.GetProperty("sentence").GetString()), part.Select(c => c.GetProperty("sentence").GetString()));
        Assert.Equal(Documents * ClaimsPerDocument, Total(page));
    }

    [Fact]
    public async Task Filtered_claims_and_documents_report_the_total_of_the_filter()
    {
        using var doc = await _client.GetAsync("/api/v1/claims?document=report-1.md&limit=5");
        using var docs = await _client.GetAsync("/api/v1/documents?limit=2&offset=1");
        using var briefs = await _client.GetAsync("/api/v1/insights?limit=1&offset=2");

        Assert.Equal((ClaimsPerDocument, 5), (Total(doc), (await doc.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength()));
        Assert.Equal(Documents, Total(docs));
        Assert.Equal(["report-1.md", "report-2.md"], (await docs.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(d => d.GetProperty("document").GetString()));
        Assert.Equal("report-2.md", (await briefs.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("document").GetString());
        Assert.Equal(Documents, Total(briefs));
    }

    [Theory]
    [InlineData("/api/v1/claims?limit=1001", "limit")]
    [InlineData("/api/v1/claims?limit=0", "limit")]
    [InlineData("/api/v1/claims?offset=-1", "offset")]
    [InlineData("/api/v1/documents?limit=many", "limit")]
    [InlineData("/api/v1/insights?offset=99999999999", "offset")]
    [InlineData("/api/v1/insights/astrology", "industry")]
    public async Task A_page_out_of_bounds_is_refused_naming_the_parameter(string url, string parameter) =>
        await Problems.AssertProblem(await _client.GetAsync(url), HttpStatusCode.BadRequest, parameter);

    [Fact]
    public async Task The_evidence_page_shows_a_page_of_claims_and_links_to_the_next()
    {
        var html = await _client.GetStringAsync("/evidence");
        var next = await _client.GetStringAsync("/evidence?claims_offset=100");

        Assert.Contains($"Claims ({Documents * ClaimsPerDocument})", html, StringComparison.Ordinal);
        Assert.Contains($"Showing 1–100 of {Documents * ClaimsPerDocument}.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/evidence?claims_offset=100\"", html, StringComparison.Ordinal);
        Assert.Contains($"Showing 101–{Documents * ClaimsPerDocument} of {Documents * ClaimsPerDocument}.", next, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", next, StringComparison.Ordinal);
        Assert.Equal(100, Rows(html, "claims-table"));
        Assert.Equal(Documents * ClaimsPerDocument - 100, Rows(next, "claims-table"));
    }

    private static int Rows(string html, string table)
    {
        var start = html.IndexOf($"id=\"{table}\"", StringComparison.Ordinal);
        var body = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        return body.Split("<tr>").Length - 2;
    }
}
