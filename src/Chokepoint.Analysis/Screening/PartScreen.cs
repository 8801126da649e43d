using Chokepoint.Model;

namespace Chokepoint.Analysis.Screening;

/// <summary>The screening result of one part.</summary>
/// <param name="Part">The row as read.</param>
/// <param name="Systems">Code systems the part's code matched.</param>
/// <param name="Items">Items of the dataset the code matched.</param>
/// <param name="Reaches">Measures that reach the part, with status.</param>
/// <param name="Terms">Licence terms of the measures in force.</param>
/// <param name="OutputAtRisk">Share (0–1) of the part's supply stopped on the date (static bound), or null when the dataset does not know its chain.</param>
/// <param name="RiskItem">The matched item that sets <paramref name="OutputAtRisk"/>.</param>
/// <param name="TtsDays">Days the user's stock lasts with that share missing, or null (no stock given, or nothing at risk).</param>
public sealed record PartScreen(PartRow Part, IReadOnlyList<CodeSystem> Systems, IReadOnlyList<string> Items, IReadOnlyList<MeasureReach> Reaches,
    IReadOnlyList<LicenceTerms> Terms, double? OutputAtRisk, string? RiskItem, double? TtsDays)
{
    /// <summary>Ids of the measures in force that reach the part.</summary>
    public IReadOnlyList<string> InForce => Reaches.Where(r => r.Status == "in_force" && !r.DependsOnEndUse).Select(r => r.MeasureId).ToList();
    /// <summary>Ids of the measures (or clauses) announced for later that will reach the part.</summary>
    public IReadOnlyList<string> Announced => Reaches.Where(r => r.Status == "announced" && !r.DependsOnEndUse).Select(r => r.MeasureId).ToList();
    /// <summary>Ids of the measures that would reach the part but are suspended on the date.</summary>
    public IReadOnlyList<string> Suspended => Reaches.Where(r => r.Status == "suspended" && !r.DependsOnEndUse).Select(r => r.MeasureId).ToList();
    /// <summary>Ids of the measures in force that reach only some end uses (e.g. military users) when the part's end use is not given: they apply or not depending on the buyer.</summary>
    public IReadOnlyList<string> DependsOnEndUse => Reaches.Where(r => r.Status == "in_force" && r.DependsOnEndUse).Select(r => r.MeasureId).ToList();

    /// <summary>controlled, depends-on-end-use (only end-use-limited measures in force, end use not given), announced, suspended-only, clear (code known, no measure) or not-in-dataset (code unknown).</summary>
    public string Verdict => Items.Count == 0 && Reaches.Count == 0 ? "not-in-dataset"
        : InForce.Count > 0 ? "controlled" : DependsOnEndUse.Count > 0 ? "depends-on-end-use"
        : Announced.Count > 0 ? "announced" : Suspended.Count > 0 ? "suspended" : "clear";
}
