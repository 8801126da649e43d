using System.Text.RegularExpressions;
using Chokepoint.Evidence.Text;

namespace Chokepoint.Evidence.Extraction;

/// <summary>
/// Extracts share claims from sentences with hand-written rules (no model, no network). A cheap
/// character test skips sentences that cannot hold a percentage; each figure is then read by the
/// English or Chinese rules, and figures without a subject of their own borrow the one of a list
/// neighbour ("China mines 60% and refines 90% of rare earths"). Thread-safe.
/// </summary>
public static partial class ShareClaimExtractor
{
    /// <summary>The share claims of one sentence, in order of appearance.</summary>
    public static List<ShareClaim> Extract(Sentence sentence)
    {
        var claims = new List<ShareClaim>();
        Extract(sentence, claims);
        return claims;
    }

    /// <summary>
    /// Adds the share claims of one sentence to <paramref name="claims"/>, in order of appearance (no list per sentence);
    /// <paramref name="countriesOf"/> shares the sentence's country mentions with the other rules.
    /// </summary>
    internal static void Extract(Sentence sentence, List<ShareClaim> claims, SentenceCountries? countriesOf = null)
    {
        var s = sentence.Text;
        if (!Percentages.MayHold(s)) return;
        var figures = Percentages.Find(s);
        if (figures.Count == 0) return;
        var countries = countriesOf?.Of(s) ?? Countries.Find(s);
        if (countries.Count == 0) return;
        var candidates = new List<ShareCandidate>(figures.Count);
        List<(int Start, int End, int Year)>? years = null;
        foreach (var p in figures)
        {
            if (p.Value <= 0 || p.Value > 100) continue;
            var c = IsChinese(s, p) ? ChineseShareRules.Read(s, p, countries, candidates) : EnglishShareRules.Read(s, p, countries, candidates);
            candidates.Add(c);
        }
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Rejected || c.Country is null) continue;
            var subject = c.Subject;
            ShareCandidate? lender = null;
            if (subject is null)
            {
                lender = Borrow(s, candidates, i);
                subject = lender?.Subject;
            }
            if (subject is null) continue;
            var cjk = Cjk.HasCjk(subject) || Cjk.HasCjk(c.VerbZone);
            var stage = cjk
                ? ChineseShareRules.Stage(subject) ?? ChineseShareRules.Stage(c.VerbZone) ?? ChineseShareRules.Stage(c.CountryZone)
                : Cues.Stage(subject) ?? Cues.Stage(c.VerbZone) ?? Cues.Stage(c.CountryZone);
            if (stage is null && lender is not null)
                stage = cjk ? ChineseShareRules.Stage(lender.VerbZone) ?? ChineseShareRules.Stage(lender.CountryZone) : Cues.Stage(lender.VerbZone) ?? Cues.Stage(lender.CountryZone);
            var concepts = Concepts.In(subject).Select(x => x.Id).ToList();
            claims.Add(new ShareClaim(c.Country, subject, stage, c.Figure.Value, c.Qualifier, YearNear(s, c.Figure, ref years),
                sentence.Start, sentence.End, s, concepts));
        }
    }

    private static bool IsChinese(string s, Percentage p)
    {
        var from = Math.Max(0, p.Start - 3);
        var to = Math.Min(s.Length, p.End + 3);
        return Cjk.HasCjk(s.AsSpan(from, to - from)) || Cjk.HasCjk(s.AsSpan(p.Start, p.End - p.Start));
    }

    // A figure with no subject of its own takes the subject of the next figure joined by "and"/","
    // ("mines 60% and refines 90% of X"), else of the previous one ("60% of X, while Australia holds 20%").
    private static ShareCandidate? Borrow(string s, List<ShareCandidate> candidates, int i)
    {
        var c = candidates[i];
        if (i + 1 < candidates.Count && candidates[i + 1].Subject is not null && !candidates[i + 1].Rejected)
        {
            var between = s[c.Figure.End..candidates[i + 1].Figure.Start];
            if (between.Length < 40 && Joined().IsMatch(between)) return candidates[i + 1];
        }
        for (var j = i - 1; j >= 0; j--)
            if (candidates[j].Subject is not null && !candidates[j].Rejected) return candidates[j];
        return null;
    }

    // The nearest year to a figure. The sentence's years are read once, for its first claim: a sentence of thousands
    // of characters holding dozens of claims read them all again, as Match objects, for every claim.
    private static int? YearNear(string s, Percentage p, ref List<(int Start, int End, int Year)>? years)
    {
        years ??= YearsIn(s);
        int? best = null;
        var distance = int.MaxValue;
        foreach (var (start, end, year) in years)
        {
            var d = start >= p.End ? start - p.End : p.Start - end;
            if (d < 0 || d >= distance) continue;
            distance = d;
            best = year;
        }
        return best;
    }

    // The Year pattern's look-arounds take no characters, so each match is its year.
    private static List<(int Start, int End, int Year)> YearsIn(string s)
    {
        var years = new List<(int Start, int End, int Year)>();
        foreach (var m in Year().EnumerateMatches(s))
            years.Add((m.Index, m.Index + m.Length, int.Parse(s.AsSpan(m.Index, m.Length), System.Globalization.CultureInfo.InvariantCulture)));
        return years;
    }

    [GeneratedRegex(@"\b(?:and|or)\b|[,，、和及与]")]
    private static partial Regex Joined();

    [GeneratedRegex(@"(?<![\d.,])(?<y>19[5-9]\d|20[0-5]\d)(?![\d%％]|\s?(?:%|percent|per cent))")]
    private static partial Regex Year();
}
