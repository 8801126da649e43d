namespace Chokepoint.Analysis.Screening;

/// <summary>How a measure reaches a part, and its status on the screening date.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="Reach">export (shipped from the issuer), reexport (issuer-origin goods shipped from elsewhere) or foreign-content (made elsewhere, may hold issuer content).</param>
/// <param name="Status">in_force, announced (it, or the clause that reaches the part, takes effect later) or suspended.</param>
/// <param name="From">First day the reaching clause applies.</param>
public sealed record MeasureReach(string MeasureId, string Reach, string Status, DateOnly From);
