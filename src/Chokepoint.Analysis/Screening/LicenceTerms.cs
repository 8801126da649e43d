namespace Chokepoint.Analysis.Screening;

/// <summary>The licence terms a part sits under for one measure on the date.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="PhaseFrom">First day of the phase, or null when the measure's own terms apply.</param>
/// <param name="ApprovalRate">Share of the flow licences pass (0–1), or null.</param>
/// <param name="LicenceDelayDays">Days before licensed flow passes, or null.</param>
public sealed record LicenceTerms(string MeasureId, DateOnly? PhaseFrom, double? ApprovalRate, int? LicenceDelayDays);
