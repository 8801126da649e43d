namespace Chokepoint.Evidence.Reconciliation;

/// <summary>How a claim compares with the dataset.</summary>
/// <param name="Item">The dataset item the claim maps to, or null.</param>
/// <param name="Status">agrees, agrees_with_other_figure, conflicts, not_comparable, new or unmapped (see <see cref="Reconciler.Statuses"/>).</param>
/// <param name="DatasetValuePct">The figure the model uses (production.csv) when it is comparable, else the closest side figure, 0–100; null when none is shown.</param>
/// <param name="DatasetSource">Source id of that figure.</param>
/// <param name="DatasetYear">Year of that figure.</param>
public sealed record Reconciliation(string? Item, string Status, double? DatasetValuePct, string? DatasetSource, int? DatasetYear)
{
    /// <summary>For <c>agrees_with_other_figure</c>: the side figure (claims.csv) the claim matches, 0–100; else null.</summary>
    public double? OtherValuePct { get; init; }
    /// <summary>Source id of the side figure.</summary>
    public string? OtherSource { get; init; }
    /// <summary>Year of the side figure.</summary>
    public int? OtherYear { get; init; }
    /// <summary>Why the claim has its status, in one sentence (which words chose the item, what was compared, what kept it from a comparison).</summary>
    public string Reason { get; init; } = "";
    /// <summary>For <c>unmapped</c>: the items the claim's words could mean; else empty.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];
    /// <summary>What the dataset figure measures when it is not plain output (a proxy such as <c>mining-proxy</c>, or <c>capacity</c>); else null.</summary>
    public string? DatasetBasis { get; init; }
}
