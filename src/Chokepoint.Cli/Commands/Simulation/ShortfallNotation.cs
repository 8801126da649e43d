using System.Globalization;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>
/// The one notation for time-to-survive and time-to-recover in tables, reports and JSON. A missing
/// TTS means no shortfall within the horizon ("none"); a missing TTR after a shortfall means output
/// was still below 99.5% of baseline at the horizon ("not recovered"). JSON keeps the numbers null:
/// a null tts_days is "none", a null ttr_days with a tts_days is "not recovered".
/// </summary>
internal static class ShortfallNotation
{
    public const string NoShortfall = "none";
    public const string NotRecovered = "not recovered";

    public const string Legend =
        "TTS: first day with unmet demand (none = no shortfall within the horizon). " +
        "TTR: first day from which output stays ≥ 99.5% of baseline (not recovered = still below at the horizon).";

    /// <summary>TTS days, or "none".</summary>
    public static string Tts(double? tts) => tts is { } x ? ((int)x).ToString(CultureInfo.InvariantCulture) : NoShortfall;

    /// <summary>TTR days; "not recovered" after a shortfall; "none" without one.</summary>
    public static string Ttr(double? ttr, double? tts) =>
        ttr is { } x ? ((int)x).ToString(CultureInfo.InvariantCulture) : tts is null ? NoShortfall : NotRecovered;

    /// <summary>TTS as "median" or "median (p5–p95)".</summary>
    public static string Tts(Stat s, bool many) => many ? $"{Tts(s.Median)} ({Tts(s.P5)}–{Tts(s.P95)})" : Tts(s.Median);

    /// <summary>TTR as "median" or "median (p5–p95)", each read against the TTS of the same percentile.</summary>
    public static string Ttr(NodeOutcome o, bool many)
    {
        ArgumentNullException.ThrowIfNull(o);
        return many
            ? $"{Ttr(o.TtrDays.Median, o.TtsDays.Median)} ({Ttr(o.TtrDays.P5, o.TtsDays.P5)}–{Ttr(o.TtrDays.P95, o.TtsDays.P95)})"
            : Ttr(o.TtrDays.Median, o.TtsDays.Median);
    }
}
