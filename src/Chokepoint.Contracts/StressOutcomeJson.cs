namespace Chokepoint.Contracts;

/// <summary>One node behind the report's stress-test table: TTS (median, p5, p95), lost output % and min output fraction.</summary>
public sealed record StressOutcomeJson(string Item, string Country, string Kind, double? TtsDays, double? TtsDaysP5, double? TtsDaysP95,
    double? LostOutputPct, double? LostOutputPctP95, double? MinOutputFraction, double? MinOutputFractionP5);
