namespace Chokepoint.Contracts;

/// <summary>Time-to-survive of a node under the simulation's rules and at the LP optimum, and its risk exposure index (US$).</summary>
public sealed record TtsJson(string Item, string Country, string Kind, int? TtsDays, int? TtsLpDays, double? RiskExposureIndex);
