namespace Chokepoint.Contracts;

/// <summary>One measure as written, with its status on a date (controls show).</summary>
/// <param name="Status">Status on <paramref name="AsOf"/>; null when not yet announced.</param>
/// <param name="StatusIfUnchanged">For an unverified measure, the status its recorded dates give.</param>
/// <param name="ReachShare">Share 0–1 of the flows in scope the measure reaches; null for all.</param>
public sealed record MeasureJson(
    string Id, string Issuer, string Instrument, string Kind, bool Enacted, string Announced, string Effective, string? Ended, string AsOf,
    string? Status, string? StatusIfUnchanged, string? ReviewedThrough, IReadOnlyList<string> Items, IReadOnlyList<string> Destinations,
    double? ApprovalRate, int? LicenceDelayDays, double? ReachShare, IReadOnlyList<string> Suspends, IReadOnlyList<ScopeClauseJson> Scope,
    IReadOnlyList<PhaseJson> Phases, IReadOnlyList<StatusChangeJson> StatusHistory, string Notes, IReadOnlyList<SourceJson> Sources);
