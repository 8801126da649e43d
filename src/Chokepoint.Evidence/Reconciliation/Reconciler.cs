using System.Globalization;
using Chokepoint.Evidence.Extraction;
using Chokepoint.Model;

namespace Chokepoint.Evidence.Reconciliation;

/// <summary>
/// Compares a claim with the dataset's figures for the same item and country, like with like. The claim is first
/// mapped at the grain of the dataset (<see cref="ItemMapper"/>); when its words name no item, or several
/// equally, it is <c>unmapped</c> with its candidates. Only figures of the same stage, basis and period are
/// compared: a refining claim never meets a mining figure (a raw item, a mining proxy, a side figure of metric
/// mining); a capacity figure meets only a capacity claim; a year more than <see cref="YearWindow"/> years from
/// the claim's is not its figure. A claim agrees when it matches the figure the model uses (production.csv),
/// <c>agrees_with_other_figure</c> when it matches only a side figure (claims.csv), and conflicts otherwise — but
/// only with a figure measured as the claim is: a claim that misses a proxy (a parent's, an export or a mining
/// share standing in) is <c>not_comparable</c>, as is one whose item has figures for another stage or period only.
/// No figure at all for the item and country makes it <c>new</c>. A figure matches when it is within
/// <see cref="TolerancePct"/> points, or consistent with the qualifier: "over X" matches anything ≥ X − 3,
/// "under X" ≤ X + 3, "nearly X" X − 6 … X + 3. Every result says why. Thread-safe after construction.
/// </summary>
public sealed class Reconciler(Dataset dataset, ItemMapper mapper)
{
    /// <summary>Agreement tolerance, in percentage points.</summary>
    public const double TolerancePct = 3.0;

    /// <summary>Largest gap, in years, between a claim's stated year and a figure it is compared with.</summary>
    public const int YearWindow = 3;

    /// <summary>Status of a claim that matches only a side figure (claims.csv), not the figure the model uses.</summary>
    public const string AgreesWithOtherFigure = "agrees_with_other_figure";

    /// <summary>Every status, for filters and messages.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["agrees", AgreesWithOtherFigure, "conflicts", "not_comparable", "new", "unmapped"];

    /// <summary>Maps <paramref name="claim"/> to an item and compares it with the dataset.</summary>
    public Reconciliation Reconcile(ShareClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var match = mapper.Match(claim.Concepts, claim.Stage, WithExamples(claim));
        if (match.Item is not { } item)
            return new Reconciliation(null, "unmapped", null, null, null) { Reason = $"\"{claim.Subject}\": {match.Reason}", Candidates = match.Candidates };
        var named = $"{item} ({match.Reason})";
        var all = ModelFigures(item, claim.Country).Concat(SideFigures(item, claim.Country, claim.Stage)).ToList();
        if (all.Count == 0)
            return new Reconciliation(item, "new", null, null, null) { Reason = $"{named}; the dataset has no figure for {claim.Country}" };
        var comparable = all.Where(f => Unlike(claim, item, f) is null).ToList();
        if (comparable.Count == 0)
        {
            var f = Closest(claim, all)[0];
            return new Reconciliation(item, "not_comparable", f.Value, f.Source, f.Year) { Reason = $"{named}; {Unlike(claim, item, f)}", DatasetBasis = f.BasisShown };
        }
        var model = Closest(claim, comparable.Where(f => f.Model));
        var side = Closest(claim, comparable.Where(f => !f.Model));
        if (model.Count > 0 && Agrees(claim.ValuePct, claim.Qualifier, model[0].Value))
            return new Reconciliation(item, "agrees", model[0].Value, model[0].Source, model[0].Year)
                { Reason = $"{named}; {Said(claim)} {Fits(claim, model[0])}", DatasetBasis = model[0].BasisShown };
        var reference = model.Count > 0 ? model[0] : side[0];
        foreach (var f in side)
            if (Agrees(claim.ValuePct, claim.Qualifier, f.Value))
                return new Reconciliation(item, AgreesWithOtherFigure, reference.Value, reference.Source, reference.Year)
                {
                    OtherValuePct = f.Value, OtherSource = f.Source, OtherYear = f.Year, DatasetBasis = reference.BasisShown,
                    Reason = $"{named}; {Said(claim)} {Fits(claim, f)} (a published figure beside the model's {Pct(reference.Value)})",
                };
        // Missing a figure that only stands in for the quantity is no evidence against the claim.
        if (reference.Proxy)
            return new Reconciliation(item, "not_comparable", reference.Value, reference.Source, reference.Year)
                { Reason = $"{named}; the dataset's {Pct(reference.Value)} is a {reference.Basis} figure standing in for the item, not a measure of it", DatasetBasis = reference.BasisShown };
        return new Reconciliation(item, "conflicts", reference.Value, reference.Source, reference.Year)
            { Reason = $"{named}; {Said(claim)} but the dataset has {Pct(reference.Value)} ({reference.Source}, {reference.Year.ToString(CultureInfo.InvariantCulture)})", DatasetBasis = reference.BasisShown };
    }

    private static readonly System.Buffers.SearchValues<char> ClauseEnd = System.Buffers.SearchValues.Create(".;:。；，,");

    // "heavy rare earths such as dysprosium": the examples that follow the subject say which item it is.
    private static string WithExamples(ShareClaim claim)
    {
        var at = claim.Sentence.IndexOf(claim.Subject, StringComparison.Ordinal);
        if (at < 0) return claim.Subject;
        var rest = claim.Sentence.AsSpan(at + claim.Subject.Length).TrimStart(", ");
        foreach (var cue in (ReadOnlySpan<string>)["such as ", "including ", "notably ", "especially ", "like ", "例如", "如", "包括"])
        {
            if (!rest.StartsWith(cue, StringComparison.OrdinalIgnoreCase)) continue;
            var example = rest[cue.Length..];
            var end = example.IndexOfAny(ClauseEnd);
            return claim.Subject + " " + (end < 0 ? example : example[..end]).ToString();
        }
        return claim.Subject;
    }

    /// <summary>True when a dataset figure <paramref name="datasetPct"/> is consistent with a claimed <paramref name="claimPct"/> and qualifier.</summary>
    public static bool Agrees(double claimPct, string? qualifier, double datasetPct) => qualifier switch
    {
        "over" => datasetPct >= claimPct - TolerancePct,
        "under" => datasetPct <= claimPct + TolerancePct,
        "nearly" => datasetPct >= claimPct - 2 * TolerancePct && datasetPct <= claimPct + TolerancePct,
        _ => Math.Abs(datasetPct - claimPct) <= TolerancePct,
    };

    // Why a figure does not measure what the claim says (stage, basis, period), or null when it does.
    private string? Unlike(ShareClaim claim, string item, Figure f)
    {
        var processing = claim.Stage is "refining" or "processing";
        if (processing && dataset.Items.TryGetValue(item, out var it) && it.Kind == ItemKind.Raw)
            return "the claim is about refining and the item is mine output";
        if (processing && (f.Basis == "mining-proxy" || f.Basis == "mining"))
            return $"the claim is about refining and the dataset's {Pct(f.Value)} is a mining figure";
        if (f.Basis == "capacity" && claim.Stage != "capacity")
            return $"the dataset's {Pct(f.Value)} is a share of capacity and the claim is about {claim.Stage ?? "output"}";
        if (f.Basis == "ownership")
            return $"the dataset's {Pct(f.Value)} is a share by the owner's headquarters, not by where the item is made";
        if (claim.Stage == "capacity" && f.Model && f.Basis != "capacity")
            return $"the claim is about capacity and the dataset's {Pct(f.Value)} is a share of output";
        if (claim.Year is int y && Math.Abs(f.Year - y) > YearWindow)
            return $"the claim is for {y.ToString(CultureInfo.InvariantCulture)} and the dataset's nearest figure is for {f.Year.ToString(CultureInfo.InvariantCulture)}";
        return null;
    }

    private static string Said(ShareClaim c) => $"the claim's {(c.Qualifier is null ? "" : c.Qualifier + " ")}{Pct(c.ValuePct)}";

    private static string Fits(ShareClaim c, Figure f) => c.Qualifier is "over" or "under" or "nearly"
        ? $"is consistent with {Pct(f.Value)} ({f.Source}, {f.Year.ToString(CultureInfo.InvariantCulture)})"
        : $"is within {TolerancePct.ToString(CultureInfo.InvariantCulture)} points of {Pct(f.Value)} ({f.Source}, {f.Year.ToString(CultureInfo.InvariantCulture)})";

    private static string Pct(double v) => v.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    // Closest in year to the claim (or latest) first, so the reported figure is the most comparable one.
    private static List<Figure> Closest(ShareClaim claim, IEnumerable<Figure> figures) => figures
        .OrderBy(f => claim.Year is int y ? Math.Abs(f.Year - y) : 0)
        .ThenBy(f => f.Rank)
        .ThenByDescending(f => f.Year)
        .ToList();

    private IEnumerable<Figure> ModelFigures(string item, string country)
    {
        foreach (var p in dataset.Tables.Production)
            if (p.Item == item && p.Country == country)
                yield return new Figure(p.SharePct, p.Source, p.Year, 0, true, p.Basis, p.IsProxy);
    }

    private IEnumerable<Figure> SideFigures(string item, string country, string? stage)
    {
        foreach (var c in dataset.Tables.Claims)
            if (c.Item == item && c.Country == country)
                yield return new Figure(c.ValuePct, c.Source, c.Year, stage is not null && c.Metric == stage ? 0 : 1, false, c.Metric, false);
    }

    private readonly record struct Figure(double Value, string Source, int Year, int Rank, bool Model, string Basis, bool Proxy)
    {
        public string? BasisShown => Model && Basis != Names.OutputBasis ? Basis : null;
    }
}
