namespace Chokepoint.Contracts;

/// <summary>A licence phase of a measure: from a date, per destination and item (the measure's items the phase applies to), approval rate (0–1) and delay.</summary>
public sealed record PhaseJson(string From, IReadOnlyList<string> Destinations, double? ApprovalRate, int? LicenceDelayDays, string Confidence, IReadOnlyList<string> Sources, string Notes,
    IReadOnlyList<string> Items);
