using System.Buffers;
using System.Text.RegularExpressions;
using Chokepoint.Evidence.Text;

namespace Chokepoint.Evidence.Extraction;

/// <summary>
/// Finds mentions of export-control measures: a trigger word gives the kind (suspension, then
/// technology ban, ban, licence, restriction — the first that applies), the issuer is an authority
/// named in the sentence ("the commerce ministry" is China's) or the nearest subject-like country
/// before the trigger, the concepts are the materials and goods named, and the date is the first
/// date expression. Thread-safe.
/// </summary>
public static partial class ControlEventExtractor
{
    /// <summary>
    /// The control event of one sentence, or null. <paramref name="referenceYear"/> completes dates written
    /// without a year; <paramref name="previousIssuer"/> (the country the previous sentence was about) stands
    /// in for a pronoun ("It has banned …").
    /// </summary>
    public static ControlEvent? Extract(Sentence sentence, int? referenceYear, string? previousIssuer = null) =>
        Extract(sentence, referenceYear is int y ? new Dateline(y, null, null) : null, previousIssuer);

    /// <summary>
    /// The control event of one sentence, or null. A control event needs an issuer that acts — an authority,
    /// a government or country as the subject, or a named instrument ("Announcement No. 18"); a price move, a
    /// forecast or a company's action is not one. <paramref name="dateline"/> (the document's date) completes
    /// dates written without a year and resolves relative ones ("last October", "去年12月").
    /// </summary>
    internal static ControlEvent? Extract(Sentence sentence, Dateline? dateline, string? previousIssuer, SentenceCountries? countriesOf = null)
    {
        var s = sentence.Text;
        if (!MayHold(s)) return null;
        var trigger = Trigger(s, out var kind);
        if (trigger < 0) return null;
        var concepts = Concepts.In(s).Select(c => c.Id).ToList();
        var technology = Technology().IsMatch(s);
        if (concepts.Count == 0 && !technology && !Goods().IsMatch(s)) return null;
        if (EventFilters.NotAMeasure(s) is not null) return null;
        var issuer = Issuer(s, trigger, out var actorEnd, countriesOf?.Of(s) ?? Countries.Find(s));
        if (issuer is not null && actorEnd >= 0 && EventFilters.CompanyActs(s, actorEnd, trigger)) return null;
        if (issuer is null)
        {
            // Without an authority or a country, the subject is a company ("Lynas halted …") or a pronoun for the previous subject.
            if (EventFilters.CompanyBefore(s, trigger)) return null;
            issuer = EventFilters.NamedMeasureIssuer(s) ?? previousIssuer;
        }
        if (issuer is null) return null;
        if (kind == "ban" && technology) kind = "technology-ban";
        // "suspended cobalt exports" stops the trade (a ban); "suspended its ban" stops a measure.
        if (kind == "suspension" && SuspendsTrade().IsMatch(s)) kind = "ban";
        var date = DateExpressions.First(s, dateline);
        return new ControlEvent(issuer, kind, concepts, date?.Text, date?.Resolved, sentence.Start, sentence.End, s);
    }

    /// <summary>The country a sentence is about: its first subject-like country mention, or null.</summary>
    public static string? SubjectCountry(string sentence) => SubjectCountry(sentence, null);

    /// <summary>The country a sentence is about, reading its mentions from <paramref name="countriesOf"/> when given.</summary>
    internal static string? SubjectCountry(string sentence, SentenceCountries? countriesOf)
    {
        foreach (var c in countriesOf?.Of(sentence) ?? Countries.Find(sentence)) if (!c.Oblique) return c.Iso3;
        return null;
    }

    // The trigger cues, searched for in vectorised passes instead of a Contains per cue: the Latin ones
    // case-insensitively, the Chinese ones only once one of their characters shows up.
    private static readonly SearchValues<string> LatinCues = SearchValues.Create(["licen", "embargo", "ban", "permit", "controls on", "control exports"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<char> ChineseCueChars = SearchValues.Create("出管许禁");

    private static bool MayHold(string s)
    {
        var span = s.AsSpan();
        if (span.Contains("xport", StringComparison.Ordinal) || span.ContainsAny(LatinCues)) return true;
        return span.ContainsAny(ChineseCueChars) &&
               (span.Contains("出口", StringComparison.Ordinal) || span.Contains("管制", StringComparison.Ordinal) || span.Contains("许可", StringComparison.Ordinal) || span.Contains('禁'));
    }

    private static int Trigger(string s, out string kind)
    {
        foreach (var (pattern, k) in Kinds)
        {
            var m = pattern.Match(s);
            // "pressed Washington to pause its curbs", "urged Beijing to lift the ban": a suspension asked for is
            // not one that happened; the measure it names is read by the next kinds instead.
            while (m.Success && k == "suspension" && Requested(s, m.Index)) m = m.NextMatch();
            if (!m.Success) continue;
            kind = k;
            return m.Index;
        }
        kind = "";
        return -1;
    }

    private static readonly (Regex Pattern, string Kind)[] Kinds =
    [
        (Suspension(), "suspension"),
        (Ban(), "ban"),
        (Licence(), "licence"),
        (Restriction(), "restriction"),
    ];

    private static bool Requested(string s, int trigger)
    {
        var from = Math.Max(0, trigger - 60);
        return Request().IsMatch(s.AsSpan(from, trigger - from));
    }

    // Nothing but spaces, "the" or a possessive between a country and the authority after it.
    private static bool Adjacent(string s, int end, int authority)
    {
        if (end > authority || authority - end > 6) return false;
        var between = s.AsSpan(end, authority - end).Trim();
        return between.IsEmpty || between is "'s" or "’s" or "的";
    }

    // The issuer and where its mention ends (-1 for an authority, which acts whatever follows it).
    private static string? Issuer(string s, int trigger, out int actorEnd, List<CountryMention> countries)
    {
        actorEnd = -1;
        var authority = Authority().Match(s);
        if (authority.Success)
        {
            // A country named in or just before the authority decides ("US Commerce Department", "美国商务部", "荷兰政府").
            foreach (var c in countries)
                if (c.Start >= authority.Index && c.End <= authority.Index + authority.Length || Adjacent(s, c.End, authority.Index))
                    return c.Iso3;
            var a = authority.Value.ToLowerInvariant();
            if (a.Contains("commerce department", StringComparison.Ordinal) || a.Contains("department of commerce", StringComparison.Ordinal) || a.Contains("bis", StringComparison.Ordinal) || a.Contains("bureau", StringComparison.Ordinal)) return "USA";
            if (a.Contains("dutch", StringComparison.Ordinal)) return "NLD";
            if (!a.Contains("government", StringComparison.Ordinal) && !a.Contains("政府", StringComparison.Ordinal)) return "CHN";
        }
        CountryMention? oblique = null;
        for (var i = countries.Count - 1; i >= 0; i--)
        {
            if (countries[i].Start > trigger) continue;
            if (!countries[i].Oblique)
            {
                actorEnd = countries[i].End;
                return countries[i].Iso3;
            }
            oblique ??= countries[i];
        }
        if (oblique is { } o)
        {
            // "magnet makers in Japan …": a country under a preposition acts only when no company comes before it.
            actorEnd = 0;
            return o.Iso3;
        }
        foreach (var c in countries)
            if (!c.Oblique)
            {
                actorEnd = s.Length;
                return c.Iso3;
            }
        return null;
    }

    [GeneratedRegex(@"\b(?:suspend\w*|suspension|paus(?:e|es|ed|ing)|postpon\w*|lift(?:s|ed|ing)?|delay(?:s|ed|ing)?\s+(?:the|its|their)|waive\w*|roll(?:s|ed)?\s+back)\b|暂停|暂缓|推迟|解除|取消", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suspension();

    [GeneratedRegex(@"\b(?:compel\w*|forc(?:e|es|ed|ing)|press(?:es|ed|ing)?|pressur\w*|push(?:es|ed|ing)?|persuad\w*|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|want(?:s|ed)?|demand(?:s|ed|ing)?|lobb\w*)\b[^;:]{0,40}\bto\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Request();

    [GeneratedRegex(@"\b(?:ban|bans|banned|banning|prohibit\w*|embargo\w*|blacklist\w*)\b|禁止|禁令|禁运", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ban();

    [GeneratedRegex(@"\b(?:licen[cs](?:e|es|ed|ing)|export\s+permits?|permits?\s+(?:to|for|before)|approvals?\s+(?:to|for)\s+export)\b|许可", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Licence();

    [GeneratedRegex(@"\b(?:restrict\w*|export\s+controls?|controls?\s+on\s+(?:the\s+)?exports?|controls?\s+on\b|control(?:s|led|ling)?\s+(?:the\s+)?exports?|curbs?|curbed|curbing|tighten\w*)\b|出口管制|管制|限制出口|出口限制|限制[^。，；]{0,12}出口", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Restriction();

    [GeneratedRegex(@"\b(?:suspend\w*|halt\w*)\s+(?:\w+\s+){0,3}?(?:exports|shipments)\b|暂停[^。，；]{0,8}出口(?!禁令|管制|限制)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuspendsTrade();

    [GeneratedRegex(@"\btechnolog\w*|know-how|技术", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Technology();

    [GeneratedRegex(@"\b(?:minerals?|metals?|materials?|equipment|machines|tools|items|goods|products|chips|semiconductors)\b|\b(?:dysprosium|terbium|samarium|gadolinium|yttrium|lutetium|scandium|holmium|neodymium|praseodymium)\b|矿产|材料|设备|物项|镝|铽|钐|钆|钇|镥|钪|钬|钕|镨", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Goods();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:Chinese\s+)?commerce\s+ministry|Ministry\s+of\s+Commerce|MOFCOM|General\s+Administration\s+of\s+Customs|(?:US\s+|U\.S\.\s+)?Commerce\s+Department|Department\s+of\s+Commerce|Bureau\s+of\s+Industry\s+and\s+Security|BIS|Dutch\s+government|State\s+Council|government)\b|商务部|海关总署|国务院|政府", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Authority();
}
