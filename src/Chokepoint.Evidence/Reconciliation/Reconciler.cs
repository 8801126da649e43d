using Chokepoint.Evidence.Extraction;
using Chokepoint.Model;

namespace Chokepoint.Evidence.Reconciliation;

/// <summary>How a claim compares with the dataset.</summary>
/// <param name="Item">The dataset item the claim maps to, or null.</param>
/// <param name="Status">agrees, agrees_with_other_figure, conflicts or new.</param>
/// <param name="DatasetValuePct">The figure the model uses (production.csv) when it is comparable, else the closest side figure, 0–100; null when new.</param>
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
}

/// <summary>
/// Compares a claim with the dataset's figures for the same item and country. A claim agrees when it matches the
/// figure the model uses (production.csv); when it matches only a side figure of claims.csv it
/// <c>agrees_with_other_figure</c> (both are shown); otherwise it conflicts with the model's figure (or, without
/// one, the closest side figure). A claim about refining or processing is never compared with a mining figure
/// (a raw item, a mining-proxy share, a side figure of metric mining). A figure matches when it is within
/// <see cref="TolerancePct"/> points, or consistent with the qualifier: "over X" matches anything ≥ X − 3,
/// "under X" ≤ X + 3, "nearly X" X − 6 … X + 3. No comparable figure makes the claim new. Thread-safe after construction.
/// </summary>
public sealed class Reconciler(Dataset dataset, ItemMapper mapper)
{
    /// <summary>Agreement tolerance, in percentage points.</summary>
    public const double TolerancePct = 3.0;

    /// <summary>Status of a claim that matches only a side figure (claims.csv), not the figure the model uses.</summary>
    public const string AgreesWithOtherFigure = "agrees_with_other_figure";

    /// <summary>Every status, for filters and messages.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["agrees", AgreesWithOtherFigure, "conflicts", "new"];

    /// <summary>Maps <paramref name="claim"/> to an item and compares it with the dataset.</summary>
    public Reconciliation Reconcile(ShareClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var item = mapper.Map(claim.Concepts, claim.Stage, claim.Subject);
        if (item is null) return new Reconciliation(null, "new", null, null, null);
        var processing = claim.Stage is "refining" or "processing";
        var model = Closest(claim, ModelFigures(item, claim.Country, processing));
        var side = Closest(claim, SideFigures(item, claim.Country, processing, claim.Stage));
        if (model.Count == 0 && side.Count == 0) return new Reconciliation(item, "new", null, null, null);
        if (model.Count > 0 && Agrees(claim.ValuePct, claim.Qualifier, model[0].Value))
            return new Reconciliation(item, "agrees", model[0].Value, model[0].Source, model[0].Year);
        var reference = model.Count > 0 ? model[0] : side[0];
        foreach (var f in side)
            if (Agrees(claim.ValuePct, claim.Qualifier, f.Value))
                return new Reconciliation(item, AgreesWithOtherFigure, reference.Value, reference.Source, reference.Year)
                    { OtherValuePct = f.Value, OtherSource = f.Source, OtherYear = f.Year };
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

    // Closest in year to the claim (or latest) first, so the reported figure is the most comparable one.
    private static List<Figure> Closest(ShareClaim claim, IEnumerable<Figure> figures) => figures
        .OrderBy(f => claim.Year is int y ? Math.Abs(f.Year - y) : 0)
        .ThenBy(f => f.Rank)
        .ThenByDescending(f => f.Year)
        .ToList();

    private IEnumerable<Figure> ModelFigures(string item, string country, bool processing)
    {
        if (processing && dataset.Items.TryGetValue(item, out var it) && it.Kind == ItemKind.Raw) yield break;
        foreach (var p in dataset.Tables.Production)
            if (p.Item == item && p.Country == country && !(processing && p.Basis == "mining-proxy"))
                yield return new Figure(p.SharePct, p.Source, p.Year, 0);
    }

    private IEnumerable<Figure> SideFigures(string item, string country, bool processing, string? stage)
    {
        foreach (var c in dataset.Tables.Claims)
            if (c.Item == item && c.Country == country && !(processing && c.Metric == "mining"))
                yield return new Figure(c.ValuePct, c.Source, c.Year, stage is not null && c.Metric == stage ? 0 : 1);
    }

    private readonly record struct Figure(double Value, string Source, int Year, int Rank);
}
