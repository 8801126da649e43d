using System.Text;
using Chokepoint.Application.Evidence;
using Chokepoint.Application.Inputs;
using Chokepoint.Evidence.Store;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Application.Tests;

/// <summary>
/// Issue 20 §1: the evidence questions (documents, claims, search, briefs) are answered by one handler each, for the CLI and the
/// web alike — regression: their tables were built in the CLI and their checks copied into the web's queries.
/// </summary>
public sealed class EvidenceHandlerTests : IDisposable
{
    private readonly TempDir _dir = new();

    private static Dataset Data() => new DatasetBuilder()
        .Item("rare-earth-oxide", ItemKind.Refined, "rare-earths").Produced("rare-earth-oxide", ("CHN", 91)).Build();

    private Workspace Filled()
    {
        var w = Workspace.Open(Path.Combine(_dir.Path, "ws.db"));
        w.Ingest("brief.txt", Encoding.UTF8.GetBytes("Rare earth supply\nChina refined nearly 90% of rare earth oxides in 2024, a report says.\n"));
        return w;
    }

    private static Session Cli(Dataset d) => new(d, new DateOnly(2026, 1, 1), Surface.Cli);

    private static Session Web(Dataset d) => new(d, new DateOnly(2026, 1, 1), Surface.Web);

    [Fact]
    public void An_industry_synonym_is_accepted_and_an_unknown_one_names_each_surfaces_parameter()
    {
        var d = Data();

        Assert.Equal("pharma", EvidenceInputs.Industry(Cli(d), "Pharmaceuticals"));
        Assert.Equal("--industry", Assert.Throws<RequestException>(() => EvidenceInputs.Industry(Cli(d), "astrology")).Parameter);
        Assert.Equal("industry", Assert.Throws<RequestException>(() => EvidenceInputs.Industry(Web(d), "astrology")).Parameter);
    }

    [Fact]
    public void Documents_claims_search_and_briefs_read_the_same_workspace_with_one_table_each()
    {
        var d = Data();
        using var w = Filled();

        var docs = DocumentsHandler.Handle(Cli(d), w, "rare earth");
        var claims = ClaimsHandler.Handle(Web(d), w, new ClaimsRequest(Document: "brief.txt"));
        var hits = SearchHandler.Handle(Web(d), w, new SearchQuery("oxides"), 20);
        var briefs = BriefsHandler.Handle(Cli(d), w, "#1");

        Assert.Equal("brief.txt", Assert.Single(docs.Table.Rows)[1]);
        var claim = Assert.Single(claims.Json);
        Assert.Equal("CHN", claim.Country);
        Assert.Contains(claims.Table.Notes, n => n.StartsWith("1 claim(s):", StringComparison.Ordinal));
        Assert.Equal("brief.txt", Assert.Single(hits.Table.Rows)[2]);
        Assert.Null(hits.More);
        Assert.Single(briefs.Page.Items);
        Assert.Contains(briefs.Tables, t => t.Title == "#1 claims");
    }

    [Fact]
    public void Briefs_of_several_documents_are_summed_by_industry_with_every_claim_counted_once_by_status()
    {
        var d = Data();
        using var w = Filled();
        w.Ingest("second.txt", Encoding.UTF8.GetBytes("Rare earth mining\nChina mined 70% of rare earth oxides in 2023, and Myanmar 10%.\n"));

        var briefs = BriefsHandler.Handle(Cli(d), w, null);
        var single = BriefsHandler.Handle(Cli(d), w, "#1");

        var summary = briefs.Tables[0];
        Assert.Equal("Insights by industry (2 document(s))", summary.Title);
        var row = Assert.Single(summary.Rows, r => r[0] == "rare-earths");
        var claims = briefs.Page.Items.SelectMany(b => b.AllClaims).Count(c => c.Industry == "rare-earths");
        Assert.Equal(["2", claims.ToString(System.Globalization.CultureInfo.InvariantCulture)], row[1..3]);
        Assert.True(claims > 1);
        Assert.Equal(claims, row[3..7].Sum(int.Parse));
        Assert.DoesNotContain(single.Tables, t => t.Title.StartsWith("Insights by industry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Surface.Cli, "'chokepoint documents'", "DOCUMENT")]
    [InlineData(Surface.Web, "GET /api/v1/documents", "document")]
    public void An_unknown_document_is_not_found_and_says_where_documents_are_listed(Surface surface, string listing, string parameter)
    {
        using var w = Filled();

        var ex = Assert.Throws<RequestException>(() => BriefsHandler.Handle(new Session(Data(), new DateOnly(2026, 1, 1), surface), w, "missing.txt"));

        Assert.Equal(ErrorKind.NotFound, ex.Kind);
        Assert.Equal(parameter, ex.Parameter);
        Assert.Contains(listing, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_query_is_refused_naming_the_query_parameter()
    {
        using var w = Filled();

        var ex = Assert.Throws<RequestException>(() => SearchHandler.Handle(Web(Data()), w, new SearchQuery("\"unclosed"), 20));

        Assert.Equal("q", ex.Parameter);
    }

    public void Dispose() => _dir.Dispose();
}
