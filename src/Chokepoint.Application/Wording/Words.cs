using System.Globalization;
using Chokepoint.Analysis.Leverage;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Application.Wording;

/// <summary>
/// The one vocabulary of every surface. TTS: a number of days, or "none" (no shortfall within the horizon). TTR: a number
/// of days, "not recovered" (still below 99.5% of baseline at the horizon) or "none" (nothing to recover from). A result
/// row reads "made in" (the makers located in a country) or "bought by" (what buyers there receive, wherever it was
/// made). JSON keeps the numbers null: a null tts_days is "none", a null ttr_days with a tts_days is "not recovered".
/// </summary>
public static class Words
{
    /// <summary>TTS when no shortfall happens within the horizon.</summary>
    public const string NoShortfall = "none";

    /// <summary>TTR when output is still below baseline at the horizon.</summary>
    public const string NotRecovered = "not recovered";

    /// <summary>Rows about the makers located in a country.</summary>
    public const string MadeIn = "made in";

    /// <summary>Rows about what buyers in a country receive.</summary>
    public const string BoughtBy = "bought by";

    /// <summary>The legend of TTS and TTR, as every table and page prints it.</summary>
    public const string ShortfallLegend =
        "TTS: first day with unmet demand (none = no shortfall within the horizon). " +
        "TTR: first day from which output stays ≥ 99.5% of baseline (not recovered = still below at the horizon).";

    /// <summary>What the country of a result row means, in one line.</summary>
    public const string MadeInBoughtByLegend = "Country: 'made in' = output of the makers there; 'bought by' = what buyers there receive, wherever it was made.";

    /// <summary>What a result row of <paramref name="kind"/> (demand, product, other) measures: bought by, made in, other uses.</summary>
    public static string Meaning(string kind) => kind switch { "demand" => BoughtBy, "other" => "other uses", "product" => MadeIn, _ => kind };

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

    /// <summary>A statistic as "median" or "median (p5–p95)" in <paramref name="format"/>; <paramref name="none"/> for a missing value.</summary>
    public static string Range(Stat s, string format, bool many, string none = "-")
    {
        string F(double? v) => v is { } x ? x.ToString(format, CultureInfo.InvariantCulture) : none;
        return many ? $"{F(s.Median)} ({F(s.P5)}–{F(s.P95)})" : F(s.Median);
    }

    /// <summary>A leverage ratio as every surface writes it: one decimal, "≤ " before an upper bound, "-" without one.</summary>
    public static string Ratio(LeverageRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Ratio is { } x ? (row.RatioIsUpperBound ? "≤ " : "") + x.ToString("#,0.0", CultureInfo.InvariantCulture) : "-";
    }

    /// <summary>A ratio on a basis with its bound: "≤ 12.0" (at most), "≥ 12.0" (at least), "~ 12.0" (approximate); "issuer gains" when its windfall is larger than its loss.</summary>
    public static string Ratio(LeverageValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Ratio is not { } x) return value.IssuerWindfallUsd > 0 && value.TargetLossUsd > 0 ? "issuer gains" : "-";
        var mark = value.RatioBound switch { "upper" => "≤ ", "lower" => "≥ ", "approximate" => "~ ", _ => "" };
        return mark + x.ToString("#,0.0", CultureInfo.InvariantCulture);
    }

    /// <summary>"yes" or "no".</summary>
    public static string YesNo(bool value) => value ? "yes" : "no";
}
