using Chokepoint.Analysis.Exposure;

namespace Chokepoint.Contracts;

/// <summary>Multi-tier exposure of an item's supply to an importer under a blockade (exposure).</summary>
/// <param name="AsOf">The date whose measures were applied, or null for a hypothetical cut-off.</param>
/// <param name="OutputAtRisk">Fraction 0–1 of the supply stopped, computed (static bound).</param>
/// <param name="ReviewNote">For an as-of date after the registry's review date: which measures' status is unverified; else null.</param>
/// <param name="Semantics">"bought_by": what buyers in the importer receive, wherever it was made; "made_in": the output of the makers located there (as in report).</param>
public sealed record ExposureJson(
    string Item, string Importer, string? AsOf, IReadOnlyList<string> Blocked, double OutputAtRisk,
    IReadOnlyList<InputExposureJson> Inputs, IReadOnlyList<string> LimitingPath, string? ReviewNote = null, string Semantics = "bought_by")
{
    /// <summary>End-use class of the buyers the measures were applied to (civil, military, …).</summary>
    public string EndUse { get; init; } = "civil";

    /// <summary>After the review date, when the answer depends on it: the same result if the recorded end dates hold and if the suspensions were extended; else null.</summary>
    public ExposureBranchesJson? Branches { get; init; }

    /// <summary>The contract of an exposure result.</summary>
    public static ExposureJson Of(ExposureResult r, DateOnly? asOf, string? reviewNote = null, ExposureBranches? branches = null)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Item, r.Importer, asOf is { } d ? ContractJson.Date(d) : null, r.Blocked, Math.Round(r.OutputAtRisk, 6),
            r.Inputs.Select(i => new InputExposureJson(i.Item, Math.Round(i.ShareBlocked, 6), Math.Round(i.Available, 6))).ToList(),
            r.LimitingPath, reviewNote, r.Semantics)
        {
            EndUse = r.EndUse,
            Branches = branches is null ? null : new ExposureBranchesJson(Of(branches.IfRecordedEnd, asOf, reviewNote), Of(branches.IfExtended, asOf, reviewNote)),
        };
    }
}

/// <summary>Both readings of an exposure after the registry's review date (issue 18 §5), each of the usual shape.</summary>
/// <param name="IfRecordedEnd">Suspensions end on their recorded dates; the measures they covered apply again.</param>
/// <param name="IfExtended">Every measure keeps its status of the review date (the figure shown by default).</param>
public sealed record ExposureBranchesJson(ExposureJson IfRecordedEnd, ExposureJson IfExtended);
