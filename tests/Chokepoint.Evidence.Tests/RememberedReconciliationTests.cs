using System.Text;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Evidence.Tests;

/// <summary>
/// Issue 23 load: a claims list filtered by status reconciles every claim, so the analyst of a dataset is shared and
/// remembers each claim's reconciliation by row id — never serving it for a different claim under the same id.
/// </summary>
public sealed class RememberedReconciliationTests
{
    private static Dataset Data() => new DatasetBuilder()
        .Item("rare-earth-ore", ItemKind.Raw, "rare-earths")
        .Produced("rare-earth-ore", ("CHN", 70), ("USA", 12))
        .Build();

    // The two claims of an ingested article: China's 70% (agrees with the dataset) and the USA's 40% (conflicts).
    private static (StoredClaim China, StoredClaim Usa) Claims()
    {
        using var dir = new TempDir();
        using var ws = Workspace.Open(Path.Combine(dir.Path, "ws.db"));
        ws.Ingest("r.md", Encoding.UTF8.GetBytes("# Report\n\nChina mines 70% of the world's rare earth ore.\n\nThe United States mines 40% of the world's rare earth ore.\n"));
        var claims = ws.EachClaim().ToList();
        return (claims.Single(c => c.Claim.Country == "CHN"), claims.Single(c => c.Claim.Country == "USA"));
    }

    [Fact]
    public void The_analyst_of_a_dataset_is_built_once_and_shared()
    {
        var data = Data();
        Assert.Same(EvidenceAnalyst.For(data), EvidenceAnalyst.For(data));
        Assert.NotSame(EvidenceAnalyst.For(data), EvidenceAnalyst.For(Data()));
    }

    [Fact]
    public void A_remembered_claim_reads_as_a_fresh_reconciliation_does()
    {
        var data = Data();
        var (china, _) = Claims();
        var shared = EvidenceAnalyst.For(data);
        var first = shared.View(china);
        var again = shared.View(china with { });
        var fresh = new EvidenceAnalyst(data).View(china);

        Assert.Equal(fresh.Reconciliation.Status, again.Reconciliation.Status);
        Assert.Equal(fresh.Reconciliation.Item, again.Reconciliation.Item);
        Assert.Same(first.Reconciliation, again.Reconciliation);
    }

    [Fact]
    public void A_reused_row_id_with_another_claim_is_reconciled_anew()
    {
        var (china, usa) = Claims();
        var shared = EvidenceAnalyst.For(Data());
        var agrees = shared.View(china);
        var replaced = shared.View(usa with { Id = china.Id });

        Assert.Equal("agrees", agrees.Reconciliation.Status);
        Assert.Equal("conflicts", replaced.Reconciliation.Status);
    }
}
