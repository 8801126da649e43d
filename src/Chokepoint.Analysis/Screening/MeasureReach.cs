namespace Chokepoint.Analysis.Screening;

/// <summary>How a measure reaches a part, and its status on the screening date.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="Reach">export (shipped from the issuer), reexport (issuer-origin goods shipped from elsewhere) or foreign-content (made elsewhere, may hold issuer content).</param>
/// <param name="Status">in_force, announced (it, or the clause that reaches the part, takes effect later) or suspended.</param>
/// <param name="From">First day the reaching clause applies.</param>
/// <param name="EndUses">Empty when the measure reaches the part; otherwise the end-use classes it is limited to (e.g. military), the part's end use being unknown: it applies only if the buyer is one of them.</param>
public sealed record MeasureReach(string MeasureId, string Reach, string Status, DateOnly From, IReadOnlyList<string> EndUses)
{
    /// <summary>True when whether the measure applies depends on the buyer's end use, which the parts list does not give.</summary>
    public bool DependsOnEndUse => EndUses.Count > 0;
}
