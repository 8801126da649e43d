using System.Globalization;
using System.Text;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Evidence.Tests;

/// <summary>
/// Issue 23 load: a claims page filtered by status read and reconciled every claim on every request. Each claim's
/// status, item and industry are now stored with the fingerprint of the dataset they were worked out against, so a
/// filtered page reads only its rows; the pages must be those of reading every claim, and a change of dataset must
/// relabel.
/// </summary>
public sealed class ClaimLabelTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string DbPath => Path.Combine(_dir.Path, "ws.db");

    private static Dataset Data(double chinaPct = 70) => new DatasetBuilder()
        .Item("rare-earth-ore", ItemKind.Raw, "rare-earths")
        .Item("refined-cobalt", ItemKind.Refined, "batteries")
        .Produced("rare-earth-ore", ("CHN", chinaPct), ("USA", 12))
        .Produced("refined-cobalt", ("CHN", 75), ("FIN", 10))
        .Build();

    // Claims on rare earths (China 70%: agrees; USA 40%: conflicts) and cobalt (China 60%: conflicts; Congo 70%: new).
    private static byte[] Article(int d, int claims)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# Report {d}\n\n");
        for (var i = 0; i < claims; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"China mines 70% of the world's rare earth ore, note {d}.{i}.\n\n");
            if (i % 3 == 0) text.Append(CultureInfo.InvariantCulture, $"China refines 60% of the world's cobalt, note {d}.{i}.\n\n");
            if (i % 4 == 1) text.Append(CultureInfo.InvariantCulture, $"Congo refines 70% of the world's cobalt, note {d}.{i}.\n\n");
        }
        text.Append("The United States mines 40% of the world's rare earth ore.\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private Workspace Seeded(int documents = 4, int claims = 9)
    {
        var ws = Workspace.Open(DbPath);
        for (var d = 0; d < documents; d++) ws.Ingest($"r{d}.md", Article(d, claims));
        return ws;
    }

    private static IEnumerable<ClaimFilter> Filters(long document) =>
    [
        new(Status: "agrees"), new(Status: "conflicts"), new(Status: "new"), new(Status: "unmapped"), new(Country: "CHN"), new(Country: "USA"),
        new(Item: "refined-cobalt"), new(Industry: "batteries"), new(Industry: "rare-earths", Status: "conflicts"),
        new(DocumentId: document, Status: "agrees"), new(DocumentId: document, Country: "CHN", Item: "rare-earth-ore"),
    ];

    private static List<(long, int, string)> Keys(ClaimPage p) => p.Page.Items.Select(v => (v.DocumentId, v.Claim.Start, v.Reconciliation.Status)).ToList();

    [Fact]
    public void Filtered_pages_from_stored_labels_are_those_of_reading_every_claim()
    {
        using var ws = Seeded();
        var analyst = new EvidenceAnalyst(Data());
        var document = ws.Documents()[1].Id;
        foreach (var filter in Filters(document))
        foreach (var (limit, offset) in new[] { (100, 0), (3, 0), (4, 5), (10, 40) })
        {
            var labelled = ClaimPage.Read(analyst, ws, filter, limit, offset, countStatuses: true);
            var scanned = ClaimPage.Scan(analyst, ws, filter, limit, offset, countStatuses: true, default);

            Assert.Equal(scanned.Page.Total, labelled.Page.Total);
            Assert.Equal(Keys(scanned), Keys(labelled));
            Assert.Equal(scanned.StatusCounts.OrderBy(c => c.Key), labelled.StatusCounts.OrderBy(c => c.Key));
        }
        Assert.True(ws.LabelsComplete(analyst.Fingerprint));
        Assert.True(ClaimPage.Read(analyst, ws, new ClaimFilter(Status: "conflicts"), 100, 0).Page.Total > 0);
        Assert.True(ClaimPage.Read(analyst, ws, new ClaimFilter(Status: "new"), 100, 0).Page.Total > 0);
    }

    [Fact]
    public void Labels_are_worked_out_again_when_the_dataset_changes()
    {
        using var ws = Seeded(documents: 2, claims: 3);
        var before = new EvidenceAnalyst(Data(chinaPct: 70));
        var after = new EvidenceAnalyst(Data(chinaPct: 40));
        var agreedBefore = ClaimPage.Read(before, ws, new ClaimFilter(Status: "agrees", Country: "CHN"), 100, 0).Page.Total;

        var agreedAfter = ClaimPage.Read(after, ws, new ClaimFilter(Status: "agrees", Country: "CHN"), 100, 0);
        var conflictsAfter = ClaimPage.Read(after, ws, new ClaimFilter(Status: "conflicts", Item: "rare-earth-ore", Country: "CHN"), 100, 0);

        Assert.NotEqual(before.Fingerprint, after.Fingerprint);
        Assert.Equal(6, agreedBefore);
        Assert.Equal(0, agreedAfter.Page.Total);
        Assert.Equal(6, conflictsAfter.Page.Total);
        Assert.True(ws.LabelsComplete(after.Fingerprint));
        Assert.False(ws.LabelsComplete(before.Fingerprint));
    }

    [Fact]
    public void The_same_dataset_read_twice_has_one_fingerprint()
    {
        Assert.Equal(new EvidenceAnalyst(Data()).Fingerprint, new EvidenceAnalyst(Data()).Fingerprint);
    }

    [Fact]
    public void Claims_ingested_after_labelling_are_labelled_by_the_next_filtered_read()
    {
        using var ws = Seeded(documents: 1, claims: 3);
        var analyst = new EvidenceAnalyst(Data());
        var first = ClaimPage.Read(analyst, ws, new ClaimFilter(Status: "agrees"), 100, 0).Page.Total;
        ws.Ingest("later.md", Article(9, 5));

        Assert.False(ws.LabelsComplete(analyst.Fingerprint));
        var second = ClaimPage.Read(analyst, ws, new ClaimFilter(Status: "agrees"), 100, 0).Page.Total;

        Assert.Equal(3, first);
        Assert.Equal(8, second);
        Assert.True(ws.LabelsComplete(analyst.Fingerprint));
    }

    [Fact]
    public void A_read_only_workspace_is_read_claim_by_claim_with_the_same_page()
    {
        using (var ws = Seeded(documents: 2, claims: 4)) { }
        var analyst = new EvidenceAnalyst(Data());
        ClaimPage page;
        // Opened read-only by SQLite itself: tests run as root, whom file modes do not stop.
        using (var ro = Workspace.OpenReadOnly(DbPath))
        {
            var labelled = ro.TryLabelClaims(analyst.Fingerprint, c => ClaimPage.Label(analyst.View(c)));
            page = ClaimPage.Read(analyst, ro, new ClaimFilter(Status: "conflicts"), 100, 0);
            Assert.False(labelled);
            Assert.False(ro.LabelsComplete(analyst.Fingerprint));
        }
        using var rw = Workspace.Open(DbPath);

        Assert.Equal(Keys(ClaimPage.Scan(analyst, rw, new ClaimFilter(Status: "conflicts"), 100, 0, false, default)), Keys(page));
        Assert.Equal(2 + 2 * 2, page.Page.Total);
    }

    public void Dispose() => _dir.Dispose();
}
