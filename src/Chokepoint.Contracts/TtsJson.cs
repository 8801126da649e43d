namespace Chokepoint.Contracts;

/// <summary>Time-to-survive of a node under the simulation's rules (tts_days), at the target-side LP optimum (tts_lp_days) and at the world max–min optimum (tts_lp_world_days), and its risk exposure index (US$).</summary>
public sealed record TtsJson(string Item, string Country, string Kind, int? TtsDays, int? TtsLpDays, double? RiskExposureIndex, int? TtsLpWorldDays = null);
