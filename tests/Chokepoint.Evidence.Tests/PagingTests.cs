using System.Globalization;
using System.Text;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;
using Chokepoint.Model;
using Chokepoint.Testing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Chokepoint.Evidence.Tests;

/// <summary>Issue 23 §7: claims and documents come a page at a time with a total (562k claims made a 248 MB answer); issue 21: a PDF claim cites its page.</summary>
public sealed class PagingTests : IDisposable
{
    private static readonly Dataset Data = new DatasetBuilder()
        .Item("rare-earth-ore", ItemKind.Raw, "rare-earths")
        .Item("refined-cobalt", ItemKind.Refined, "batteries")
        .Produced("rare-earth-ore", ("CHN", 70), ("USA", 12))
        .Build();

    private readonly TempDir _dir = new();

    private Workspace Open() => Workspace.Open(Path.Combine(_dir.Path, "ws.db"));

    // Document d holds `claims` share claims about China's rare earth mining (70% in the dataset: agrees) and one about the USA (40%: conflicts).
    private static byte[] Article(int d, int claims)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# Report {d}\n\n");
        for (var i = 0; i < claims; i++) text.Append(CultureInfo.InvariantCulture, $"China mines 70% of the world's rare earth ore, note {d}.{i}.\n\n");
        text.Append("The United States mines 40% of the world's rare earth ore.\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public void A_page_of_claims_holds_the_limit_and_reports_the_total()
    {
        using var ws = Open();
        for (var d = 0; d < 3; d++) ws.Ingest($"r{d}.md", Article(d, 4));
        var all = ws.Claims();

        var page = ClaimPage.Read(new EvidenceAnalyst(Data), ws, new ClaimFilter(), limit: 4, offset: 6);

        Assert.Equal(15, all.Count);
        Assert.Equal(15, page.Page.Total);
        Assert.Equal(4, page.Page.Items.Count);
        Assert.Equal(all.Skip(6).Take(4).Select(c => (c.DocumentId, c.Claim.Start)), page.Page.Items.Select(v => (v.DocumentId, v.Claim.Start)));
        Assert.True(page.Page.HasMore);
    }

    [Fact]
    public void A_filtered_page_counts_every_match_and_each_status()
    {
        using var ws = Open();
        for (var d = 0; d < 3; d++) ws.Ingest($"r{d}.md", Article(d, 4));

        var conflicts = ClaimPage.Read(new EvidenceAnalyst(Data), ws, new ClaimFilter(Status: "conflicts"), limit: 2, offset: 0, countStatuses: true);
        var last = ClaimPage.Read(new EvidenceAnalyst(Data), ws, new ClaimFilter(Country: "CHN"), limit: 5, offset: 10);

        Assert.Equal(3, conflicts.Page.Total);
        Assert.Equal(2, conflicts.Page.Items.Count);
        Assert.All(conflicts.Page.Items, v => Assert.Equal("USA", v.Claim.Country));
        Assert.Equal(3, conflicts.StatusCounts["conflicts"]);
        Assert.Equal((12, 2), (last.Page.Total, last.Page.Items.Count));
        Assert.False(last.Page.HasMore);
    }

    [Fact]
    public void A_page_of_documents_reports_the_total_and_keeps_the_industry_filter()
    {
        using var ws = Open();
        for (var d = 0; d < 5; d++) ws.Ingest($"r{d}.md", Article(d, 1));
        ws.Ingest("other.txt", "Nothing about minerals here at all, only the weather."u8);

        var page = ws.DocumentPage("rare-earths", limit: 2, offset: 2);

        Assert.Equal(5, page.Total);
        Assert.Equal(["r2.md", "r3.md"], page.Items.Select(d => d.File));
        Assert.All(page.Items, d => Assert.Contains(d.Industries, t => t.Industry == "rare-earths"));
        Assert.Equal(6, ws.DocumentPage(null, 1000, 0).Total);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1001, 0)]
    [InlineData(10, -1)]
    public void A_page_outside_the_bounds_is_refused(int limit, int offset)
    {
        using var ws = Open();

        Assert.Throws<ArgumentOutOfRangeException>(() => ws.DocumentPage(null, limit, offset));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimPage.Read(new EvidenceAnalyst(Data), ws, new ClaimFilter(), limit, offset));
    }

    [Fact]
    public void A_claim_from_a_pdf_carries_its_page_and_a_text_claim_none()
    {
        using var ws = Open();
        var b = new PdfDocumentBuilder();
        var font = b.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var line in new[] { "Rare earth brief, 2024.", "Nothing to count on this page.", "China mines 70% of the world's rare earth ore." })
            b.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText(line, 11, new PdfPoint(60, 780), font);
        ws.Ingest("brief.pdf", b.Build());
        ws.Ingest("note.txt", "China mines 70% of the world's rare earth ore."u8);

        var views = ClaimPage.Read(new EvidenceAnalyst(Data), ws, new ClaimFilter(), 10, 0).Page.Items;

        Assert.Equal([3, null], views.Select(v => v.Page));
        Assert.Equal([3, null], ws.Claims().Select(c => c.Page));
    }

    public void Dispose() => _dir.Dispose();
}
