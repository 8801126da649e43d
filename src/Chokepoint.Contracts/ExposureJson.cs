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
    /// <summary>The contract of an exposure result.</summary>
    public static ExposureJson Of(ExposureResult r, DateOnly? asOf, string? reviewNote = null)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Item, r.Importer, asOf is { } d ? ContractJson.Date(d) : null, r.Blocked, Math.Round(r.OutputAtRisk, 6),
            r.Inputs.Select(i => new InputExposureJson(i.Item, Math.Round(i.ShareBlocked, 6), Math.Round(i.Available, 6))).ToList(),
            r.LimitingPath, reviewNote, r.Semantics);
    }
}
