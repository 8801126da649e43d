using Chokepoint.Model;

namespace Chokepoint.Analysis.Screening;

/// <summary>How a measure reaches a part, and its status on the screening date.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="Reach">export (shipped from the issuer), reexport (issuer-origin goods shipped from elsewhere) or foreign-content (made elsewhere, may hold issuer content).</param>
/// <param name="Status">in_force, announced (it, or the clause that reaches the part, takes effect later) or suspended.</param>
/// <param name="From">First day the reaching clause applies.</param>
public sealed record MeasureReach(string MeasureId, string Reach, string Status, DateOnly From);

/// <summary>The licence terms a part sits under for one measure on the date.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="PhaseFrom">First day of the phase, or null when the measure's own terms apply.</param>
/// <param name="ApprovalRate">Share of the flow licences pass (0–1), or null.</param>
/// <param name="LicenceDelayDays">Days before licensed flow passes, or null.</param>
public sealed record LicenceTerms(string MeasureId, DateOnly? PhaseFrom, double? ApprovalRate, int? LicenceDelayDays);

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
    public IReadOnlyList<string> InForce => Reaches.Where(r => r.Status == "in_force").Select(r => r.MeasureId).ToList();
    /// <summary>Ids of the measures (or clauses) announced for later that will reach the part.</summary>
    public IReadOnlyList<string> Announced => Reaches.Where(r => r.Status == "announced").Select(r => r.MeasureId).ToList();
    /// <summary>Ids of the measures that would reach the part but are suspended on the date.</summary>
    public IReadOnlyList<string> Suspended => Reaches.Where(r => r.Status == "suspended").Select(r => r.MeasureId).ToList();

    /// <summary>controlled, announced, suspended-only, clear (code known, no measure) or not-in-dataset (code unknown).</summary>
    public string Verdict => Items.Count == 0 && Reaches.Count == 0 ? "not-in-dataset"
        : InForce.Count > 0 ? "controlled" : Announced.Count > 0 ? "announced" : Suspended.Count > 0 ? "suspended" : "clear";
}
