using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Chokepoint.Evidence.Extraction;

/// <summary>A figure that reads as a percentage: "79%", "99 percent", "two-thirds", "八成", "三分之一".</summary>
/// <param name="Value">The figure in percent, rounded to 0.1.</param>
/// <param name="Range">True for "80-90%" (the value is the midpoint).</param>
/// <param name="NeedsOf">True for fractions, which are shares only as "two-thirds of X".</param>
internal readonly record struct Percentage(int Start, int End, double Value, bool Range, bool NeedsOf);

/// <summary>Finds percentage figures in English and Chinese.</summary>
internal static partial class Percentages
{
    // The cues a figure can be written with, searched for in vectorised passes instead of a Contains per cue:
    // the Latin ones case-insensitively, the others (which have no case) only once one of their characters shows up.
    private static readonly SearchValues<string> LatinCues = SearchValues.Create(["cent", "pct", "third", "quarter", "half", "fifth"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<char> OtherCueChars = SearchValues.Create("%％成分一");

    /// <summary>Cheap test run on every sentence before any regex: can it hold a percentage at all?</summary>
    public static bool MayHold(string s)
    {
        var span = s.AsSpan();
        if (span.ContainsAny(LatinCues)) return true;
        if (!span.ContainsAny(OtherCueChars)) return false;
        return span.Contains('%') || span.Contains('％') || span.Contains('成') || span.Contains("分之", StringComparison.Ordinal) || span.Contains("一半", StringComparison.Ordinal);
    }

    private static readonly SearchValues<string> FractionWords = SearchValues.Create(["third", "quarter", "half", "fifth"], StringComparison.OrdinalIgnoreCase);

    public static List<Percentage> Find(string s)
    {
        var result = new List<Percentage>();
        foreach (Match m in Numeric().Matches(s))
        {
            var v = Parse(m.Groups["num"].ValueSpan);
            var lo = m.Groups["lo"];
            var range = lo.Success;
            if (range) v = (Parse(lo.ValueSpan) + v) / 2;
            result.Add(new Percentage(m.Index, m.Index + m.Length, Math.Round(v, 1), range, false));
        }
        var fractions = s.AsSpan().ContainsAny(FractionWords);
        foreach (Match m in fractions ? EnglishFraction().Matches(s) : Enumerable.Empty<Match>())
        {
            var n = m.Groups["n"].Value.ToLowerInvariant();
            var d = m.Groups["d"].Value.ToLowerInvariant();
            double num = n switch { "two" => 2, "three" => 3, "four" => 4, _ => 1 };
            double den = d.StartsWith("third", StringComparison.Ordinal) ? 3 : d.StartsWith("quarter", StringComparison.Ordinal) ? 4 : d.StartsWith("fifth", StringComparison.Ordinal) ? 5 : 2;
            if (num < den) result.Add(new Percentage(m.Index, m.Index + m.Length, Math.Round(100 * num / den, 1), false, true));
        }
        if (Text.Cjk.HasCjk(s))
        {
            foreach (Match m in ChineseFraction().Matches(s))
            {
                var den = ZhDigit(m.Groups["d"].Value[0]);
                var num = ZhDigit(m.Groups["n"].Value[0]);
                if (num > 0 && num < den) result.Add(new Percentage(m.Index, m.Index + m.Length, Math.Round(100.0 * num / den, 1), false, false));
            }
            foreach (Match m in ChineseTenths().Matches(s))
                result.Add(new Percentage(m.Index, m.Index + m.Length, 10 * ZhDigit(m.Groups["n"].Value[0]), false, false));
            foreach (Match m in ChineseHalf().Matches(s))
                result.Add(new Percentage(m.Index, m.Index + m.Length, 50, false, false));
            foreach (Match m in ChinesePercent().Matches(s))
            {
                var v = ZhNumber(m.Groups["n"].Value);
                if (v > 0) result.Add(new Percentage(m.Index, m.Index + m.Length, v, false, false));
            }
        }
        if (result.Count > 1) result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static double Parse(ReadOnlySpan<char> text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int ZhDigit(char c) => "零一二三四五六七八九十".IndexOf(c, StringComparison.Ordinal) is var i and >= 0 ? i : c == '两' ? 2 : 0;

    // 百分之八十五 → 85; 百分之九十 → 90; 百分之十 → 10.
    private static double ZhNumber(string text)
    {
        var tens = text.IndexOf('十', StringComparison.Ordinal);
        if (tens < 0) return text.Length == 1 ? ZhDigit(text[0]) : 0;
        var high = tens == 0 ? 1 : ZhDigit(text[tens - 1]);
        var low = tens + 1 < text.Length ? ZhDigit(text[tens + 1]) : 0;
        return 10 * high + low;
    }

    [GeneratedRegex(@"(?<![\d.,])(?:(?<lo>\d{1,3}(?:\.\d+)?)\s?(?:%|％)?\s?[-–]\s?)?(?<num>\d{1,3}(?:\.\d+)?)(?:\s?(?:%|％)|\s?(?:percent|per\s?cent|pct)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?:(?<n>one|two|three|four|a)[-\s](?<d>thirds?|quarters?|fifths?)|(?:one[-\s])?(?<d>half))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishFraction();

    [GeneratedRegex(@"(?<d>[二三四五六七八九十])分之(?<n>[一二三四五六七八九])")]
    private static partial Regex ChineseFraction();

    [GeneratedRegex(@"(?<n>[一二三四五六七八九])成(?![为立本功果长熟就员交品分都绩])")]
    private static partial Regex ChineseTenths();

    [GeneratedRegex(@"一半")]
    private static partial Regex ChineseHalf();

    [GeneratedRegex(@"百分之(?<n>[一二三四五六七八九十]{1,3})")]
    private static partial Regex ChinesePercent();
}
