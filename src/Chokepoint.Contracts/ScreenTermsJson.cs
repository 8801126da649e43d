namespace Chokepoint.Contracts;

/// <summary>The licence terms of a measure in force for a screened part: the phase's start (null: the measure's own terms), approval rate 0–1, delay in days.</summary>
public sealed record ScreenTermsJson(string Measure, string? PhaseFrom, double? ApprovalRate, int? LicenceDelayDays);
