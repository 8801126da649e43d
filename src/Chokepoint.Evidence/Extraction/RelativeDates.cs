using System.Globalization;
using System.Text.RegularExpressions;

namespace Chokepoint.Evidence.Extraction;

/// <summary>
/// Dates written relative to the document's date: "last October", "this year", "earlier this month",
/// "next March"; "去年12月", "今年3月5日", "上个月", "明年". "last October" is the latest October before the
/// dateline's month, "next March" the first March after it; a month relative to a dateline without a
/// month stays unresolved. Thread-safe.
/// </summary>
internal static partial class RelativeDates
{
    /// <summary>The first English relative date in <paramref name="s"/> as a match, with its resolution in <paramref name="mention"/>.</summary>
    public static Match English(string s, Dateline? dateline, out DateMention mention)
    {
        mention = default;
        var m = EnglishPattern().Match(s);
        if (!m.Success) return m;
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var offset = rel switch { "last" or "past" => -1, "next" => 1, _ => 0 };
        string? resolved = null;
        if (dateline is { } d)
        {
            if (m.Groups["m"].Success)
            {
                var month = DateExpressions.MonthIndex(m.Groups["m"].Value);
                if (offset == 0) resolved = Ym(d.Year, month);
                else if (d.Month is int rm) resolved = offset < 0 ? Ym(month < rm ? d.Year : d.Year - 1, month) : Ym(month > rm ? d.Year : d.Year + 1, month);
            }
            else if (m.Groups["unit"].Value.Equals("year", StringComparison.OrdinalIgnoreCase))
            {
                resolved = (d.Year + offset).ToString(CultureInfo.InvariantCulture);
            }
            else if (d.Month is int rm)
            {
                var at = new DateOnly(d.Year, rm, 1).AddMonths(offset);
                resolved = Ym(at.Year, at.Month);
            }
        }
        mention = new DateMention(m.Value, resolved);
        return m;
    }

    /// <summary>The first Chinese relative date in <paramref name="s"/> as a match, with its resolution in <paramref name="mention"/>.</summary>
    public static Match Chinese(string s, Dateline? dateline, out DateMention mention)
    {
        mention = default;
        var m = ChinesePattern().Match(s);
        if (!m.Success) return m;
        string? resolved = null;
        if (dateline is { } d)
        {
            if (m.Groups["y"].Success)
            {
                var year = d.Year + m.Groups["y"].Value switch { "前年" => -2, "去年" => -1, "明年" => 1, _ => 0 };
                if (!m.Groups["m"].Success) resolved = year.ToString(CultureInfo.InvariantCulture);
                else
                {
                    var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                    resolved = Ym(year, month);
                    if (m.Groups["d"].Success && int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) is var day && day <= DateTime.DaysInMonth(year, month))
                        resolved = new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
            }
            else if (d.Month is int rm)
            {
                var offset = m.Groups["rm"].Value switch { "上个月" or "上月" => -1, "下个月" or "下月" => 1, _ => 0 };
                var at = new DateOnly(d.Year, rm, 1).AddMonths(offset);
                resolved = Ym(at.Year, at.Month);
            }
        }
        mention = new DateMention(m.Value, resolved);
        return m;
    }

    private static string Ym(int year, int month) => $"{year:D4}-{month:D2}";

    [GeneratedRegex(@"\b(?<rel>(?i:last|this|next|earlier\s+this|later\s+this|past))\s+(?:" + DateExpressions.MonthName + @"|(?<unit>(?i:month|year)))\b")]
    private static partial Regex EnglishPattern();

    [GeneratedRegex(@"(?<y>前年|去年|今年|明年)(?:(?<m>1[0-2]|0?[1-9])月(?:(?<d>[12]\d|3[01]|0?[1-9])日)?)?|(?<rm>上个月|上月|本月|这个月|下个月|下月)")]
    private static partial Regex ChinesePattern();
}
