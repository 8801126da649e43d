using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Chokepoint.Evidence.Extraction;

/// <summary>A date as written and as resolved (YYYY-MM-DD, YYYY-MM or YYYY; null when the year is unknown).</summary>
internal readonly record struct DateMention(string Text, string? Resolved);

/// <summary>The date of a document as far as its dateline gives it: a year, perhaps a month and a day.</summary>
internal readonly record struct Dateline(int Year, int? Month, int? Day);

/// <summary>
/// Date expressions in English and Chinese: "on October 9", "9 October 2025", "in early April",
/// "in April 2025", "in 2023", "2025-04-04", "2025年4月4日", "10月9日". A month or day without a
/// year takes the reference year of the document (its dateline), when it has one. Relative dates
/// ("last October", "this year", "last month", "去年12月", "今年3月", "上个月") resolve against the dateline:
/// "last October" is the latest October before it, "next March" the first March after it.
/// </summary>
internal static partial class DateExpressions
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly SearchValues<string> MonthNames = SearchValues.Create(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    /// <summary>The first date expression in <paramref name="s"/>, or null.</summary>
    public static DateMention? First(string s, int? referenceYear) => First(s, referenceYear is int y ? new Dateline(y, null, null) : null);

    /// <summary>The first date expression in <paramref name="s"/>, relative ones resolved against <paramref name="dateline"/>; or null.</summary>
    public static DateMention? First(string s, Dateline? dateline)
    {
        var referenceYear = dateline?.Year;
        DateMention? best = null;
        var at = int.MaxValue;
        // The pattern admits 2025-02-30; an impossible date is kept as text but resolves to nothing.
        // Patterns that cannot match are not run: every numeric one needs a digit, the ISO one a hyphen, the Chinese
        // ones 年 or 月 (each scan costs about as much as the rest of a sentence's analysis).
        // The English month patterns need a month name, written with a capital (they are case-sensitive there). Once an
        // expression starts the sentence no later pattern can come before it, so the rest are not run.
        var digits = HasDigit(s);
        var month = s.AsSpan().ContainsAny(MonthNames);
        if (digits && s.Contains('-', StringComparison.Ordinal))
            Try(Iso().Match(s), m => new DateMention(m.Value, DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? m.Value : null));
        if (digits && month)
        {
            Try(MonthDay().Match(s), m => Resolve(m, referenceYear));
            Try(DayMonth().Match(s), m => Resolve(m, referenceYear));
        }
        if (month) Try(MonthPart().Match(s), m => Resolve(m, referenceYear));
        if (at == 0) return best;
        if (digits)
        {
            if (month) Try(MonthYear().Match(s), m => Resolve(m, referenceYear));
            Try(YearOnly().Match(s), m => new DateMention(m.Value.Trim(), m.Groups["y"].Value));
        }
        if (at == 0) return best;
        Try(RelativeDates.English(s, dateline, out var en), _ => en);
        if (at == 0) return best;
        if (s.Contains('年', StringComparison.Ordinal) || s.Contains('月', StringComparison.Ordinal))
        {
            Try(RelativeDates.Chinese(s, dateline, out var zh), _ => zh);
            if (digits)
            {
                Try(Chinese().Match(s), m => Resolve(m, referenceYear));
                Try(ChineseYear().Match(s), m => new DateMention(m.Value, m.Groups["y"].Value));
            }
        }
        return best;

        // \d is any Unicode decimal digit (full-width ones in Chinese text too), as char.IsDigit.
        static bool HasDigit(string text)
        {
            foreach (var c in text)
                if (char.IsDigit(c)) return true;
            return false;
        }

        void Try(Match m, Func<Match, DateMention> make)
        {
            // Prefer the earliest expression; at the same place the more precise pattern (tried first) wins.
            if (m.Success && m.Index < at)
            {
                at = m.Index;
                best = make(m);
            }
        }
    }

    /// <summary>The dateline of a document: its first ISO date, "Month D, YYYY", "D Month YYYY" or Chinese date in its first 2,000 characters (a year alone when only a year is given).</summary>
    public static Dateline? DatelineOf(string body)
    {
        var head = body.Length > 2000 ? body[..2000] : body;
        var candidates = new List<(int At, Dateline Date)>();
        var iso = Iso().Match(head);
        if (iso.Success && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            candidates.Add((iso.Index, new Dateline(d.Year, d.Month, d.Day)));
        foreach (var m in new[] { MonthDay().Match(head), DayMonth().Match(head), Chinese().Match(head) })
            if (m.Success && m.Groups["y"].Success && Resolve(m, null).Resolved is { } r)
                candidates.Add((m.Index, Parse(r)));
        if (candidates.Count > 0) return candidates.MinBy(c => c.At).Date;
        return ReferenceYear(body) is int y ? new Dateline(y, null, null) : null;
    }

    private static Dateline Parse(string resolved) => new(
        int.Parse(resolved[..4], CultureInfo.InvariantCulture),
        resolved.Length >= 7 ? int.Parse(resolved[5..7], CultureInfo.InvariantCulture) : null,
        resolved.Length >= 10 ? int.Parse(resolved[8..10], CultureInfo.InvariantCulture) : null);

    /// <summary>The index (1–12) of an English month name or abbreviation.</summary>
    public static int MonthIndex(string name) => Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    /// <summary>The reference date of a document: the first ISO date or "Month D, YYYY" in its first 2,000 characters.</summary>
    public static int? ReferenceYear(string body)
    {
        var head = body.Length > 2000 ? body[..2000] : body;
        var iso = Iso().Match(head);
        if (iso.Success) return int.Parse(iso.Value[..4], CultureInfo.InvariantCulture);
        var md = MonthDay().Match(head);
        if (md.Success && md.Groups["y"].Success) return int.Parse(md.Groups["y"].Value, CultureInfo.InvariantCulture);
        var zh = Chinese().Match(head);
        return zh.Success && zh.Groups["y"].Success ? int.Parse(zh.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static DateMention Resolve(Match m, int? referenceYear)
    {
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : referenceYear;
        var monthText = m.Groups["m"].Value;
        var month = char.IsDigit(monthText[0]) ? int.Parse(monthText, CultureInfo.InvariantCulture) : MonthIndex(monthText);
        var text = m.Value.Trim().TrimEnd('.');
        if (year is null || month is < 1 or > 12) return new DateMention(text, null);
        if (m.Groups["d"].Success)
        {
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (day >= 1 && day <= DateTime.DaysInMonth(year.Value, month))
                return new DateMention(text, new DateOnly(year.Value, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        return new DateMention(text, $"{year.Value:D4}-{month:D2}");
    }

    internal const string MonthName = @"(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(@"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?:\b(?i:on|from|since|by)\s+)?\b" + MonthName + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>(?:19|20)\d\d)\b)?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?:\b(?i:on|from|since|by)\s+)?\b(?<d>\d{1,2})\s+" + MonthName + @"(?:,?\s+(?<y>(?:19|20)\d\d)\b)?")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?i:in|since|from|by|until)\s+(?:(?i:early|mid|late|the\s+end\s+of|the\s+start\s+of)[-\s]+)?" + MonthName + @"(?:,?\s+(?<y>(?:19|20)\d\d)\b)?")]
    private static partial Regex MonthPart();

    [GeneratedRegex(@"\b(?i:in|since|from|by|until)\s+(?:(?i:early|mid|late)[-\s]+)?(?<y>(?:19|20)\d\d)\b(?![-\d])")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\b" + MonthName + @",?\s+(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<y>(?:19|20)\d\d)年(?!\d{1,2}月)")]
    private static partial Regex ChineseYear();

    [GeneratedRegex(@"(?:(?<y>(?:19|20)\d\d)年)?(?<m>1[0-2]|0?[1-9])月(?:(?<d>[12]\d|3[01]|0?[1-9])日)?")]
    private static partial Regex Chinese();
}
