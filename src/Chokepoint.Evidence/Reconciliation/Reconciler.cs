using Chokepoint.Evidence.Extraction;
using Chokepoint.Model;

namespace Chokepoint.Evidence.Reconciliation;

/// <summary>How a claim compares with the dataset.</summary>
/// <param name="Item">The dataset item the claim maps to, or null.</param>
/// <param name="Status">agrees, conflicts or new.</param>
/// <param name="DatasetValuePct">The dataset figure compared with (the agreeing one, else the reference one), 0–100; null when new.</param>
/// <param name="DatasetSource">Source id of that figure.</param>
/// <param name="DatasetYear">Year of that figure.</param>
public sealed record Reconciliation(string? Item, string Status, double? DatasetValuePct, string? DatasetSource, int? DatasetYear);

/// <summary>
/// Compares a claim with the dataset's figures for the same item and country (production.csv and
/// claims.csv). A figure agrees when it is within <see cref="TolerancePct"/> points, or consistent with
/// the qualifier: "over X" agrees with anything ≥ X − 3, "under X" with ≤ X + 3, "nearly X" with
/// X − 6 … X + 3. No figure for the pair makes the claim new. Thread-safe after construction.
/// </summary>
public sealed class Reconciler(Dataset dataset, ItemMapper mapper)
{
    /// <summary>Agreement tolerance, in percentage points.</summary>
    public const double TolerancePct = 3.0;

    /// <summary>Maps <paramref name="claim"/> to an item and compares it with the dataset.</summary>
    public Reconciliation Reconcile(ShareClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var item = mapper.Map(claim.Concepts, claim.Stage, claim.Subject);
        if (item is null) return new Reconciliation(null, "new", null, null, null);
        var figures = Figures(item, claim.Country, claim.Stage);
        if (figures.Count == 0) return new Reconciliation(item, "new", null, null, null);
        // Closest in year to the claim (or latest) first, so the reported figure is the most comparable one.
        var ordered = figures
            .OrderBy(f => claim.Year is int y ? Math.Abs(f.Year - y) : 0)
            .ThenBy(f => f.Rank)
            .ThenByDescending(f => f.Year)
            .ToList();
        foreach (var f in ordered)
            if (Agrees(claim.ValuePct, claim.Qualifier, f.Value))
                return new Reconciliation(item, "agrees", f.Value, f.Source, f.Year);
        var reference = ordered[0];
        return new Reconciliation(item, "conflicts", reference.Value, reference.Source, reference.Year);
    }

    /// <summary>True when a dataset figure <paramref name="datasetPct"/> is consistent with a claimed <paramref name="claimPct"/> and qualifier.</summary>
    public static bool Agrees(double claimPct, string? qualifier, double datasetPct) => qualifier switch
    {
        "over" => datasetPct >= claimPct - TolerancePct,
        "under" => datasetPct <= claimPct + TolerancePct,
        "nearly" => datasetPct >= claimPct - 2 * TolerancePct && datasetPct <= claimPct + TolerancePct,
        _ => Math.Abs(datasetPct - claimPct) <= TolerancePct,
    };

    private List<(double Value, string Source, int Year, int Rank)> Figures(string item, string country, string? stage)
    {
        var result = new List<(double, string, int, int)>();
        foreach (var p in dataset.Tables.Production)
            if (p.Item == item && p.Country == country) result.Add((p.SharePct, p.Source, p.Year, 0));
        foreach (var c in dataset.Tables.Claims)
            if (c.Item == item && c.Country == country) result.Add((c.ValuePct, c.Source, c.Year, stage is not null && c.Metric == stage ? 0 : 1));
        return result;
    }
}
