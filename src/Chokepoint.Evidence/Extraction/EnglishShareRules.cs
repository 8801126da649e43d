using System.Buffers;
using System.Text.RegularExpressions;

namespace Chokepoint.Evidence.Extraction;

/// <summary>What the rules found for one figure before the sentence-level pass fills gaps.</summary>
internal sealed class ShareCandidate
{
    public required Percentage Figure { get; init; }
    public string? Country { get; set; }
    public int CountryEnd { get; set; } = -1;
    public string? Subject { get; set; }
    public int SubjectStart { get; set; } = -1;
    public int SubjectEnd { get; set; } = -1;
    public string? Qualifier { get; set; }
    public string VerbZone { get; set; } = "";
    /// <summary>Text from the country to the figure: the verb of a list's first item governs the rest.</summary>
    public string CountryZone { get; set; } = "";
    public bool Rejected { get; set; }
}

/// <summary>
/// English share rules for one figure: qualifier, the "of X" subject (or "X's share of Y stands at"),
/// the country (after the subject for "comes from X", else the nearest subject-like name before the
/// figure), and the guards that reject changes, rates, negations and subjects that are not supply.
/// </summary>
internal static partial class EnglishShareRules
{
    public static ShareCandidate Read(string s, Percentage p, List<CountryMention> countries, IReadOnlyList<ShareCandidate> earlier)
    {
        var c = new ShareCandidate { Figure = p };
        // The text before and after the figure is read through spans and ranges of the sentence, not copies:
        // a sentence of thousands of characters with dozens of figures made a copy of it per figure.
        var left = s.AsSpan(0, p.Start);
        c.Qualifier = p.Range ? "about" : Cues.QualifierBefore(left);
        var coreLength = c.Qualifier is null || p.Range ? p.Start : Cues.QualifierStart(left);
        var (after, skip) = Cues.QualifierAfter(s, p.End);
        c.Qualifier ??= after;
        var rightStart = p.End + skip;
        var right = s.AsSpan(rightStart);

        var windowStart = p.Start > 160 ? p.Start - 160 : 0;
        var shareOf = ShareOfBefore().Match(s, windowStart, p.Start - windowStart);
        var shareOfAt = shareOf.Success ? shareOf.Index : -1;
        if (!shareOf.Success && (Cues.ChangeBefore(left[..coreLength]) || Cues.ChangeAfter(right)))
        {
            c.Rejected = true;
            return c;
        }

        var ofLength = FirstMatchLength(OfAfter(), right);
        if (ofLength >= 0)
        {
            var from = rightStart + ofLength;
            var end = SubjectEnd(s, from, countries, soft: true);
            // "one-third of the global capacity for mature process chips": read past soft stops until a concept is named.
            if (Concepts.In(s[from..end]).Count == 0)
            {
                var longer = SubjectEnd(s, from, countries, soft: false);
                if (longer > end && Concepts.In(s[from..longer]).Count > 0) end = longer;
            }
            SetSubject(c, s, from, end);
        }
        else if (shareOf.Success)
        {
            var g = shareOf.Groups["subj"];
            SetSubject(c, s, g.Index, g.Index + g.Length);
            if (shareOf.Groups["verb"].Value.StartsWith("exceed", StringComparison.OrdinalIgnoreCase) || shareOf.Groups["verb"].Value.StartsWith("top", StringComparison.OrdinalIgnoreCase))
                c.Qualifier ??= "over";
        }
        else if (p.NeedsOf)
        {
            c.Rejected = true;
            return c;
        }
        if (c.Subject is not null && Cues.NotSupply(c.Subject))
        {
            c.Rejected = true;
            return c;
        }

        // Country: "Y% of Z comes from X" names it after the subject; otherwise the nearest subject-like name before.
        if (c.SubjectEnd >= 0)
        {
            var post = PostCountry().Match(s, c.SubjectEnd);
            if (post.Success && post.Index == c.SubjectEnd)
            {
                var at = post.Index + post.Length;
                foreach (var m in countries)
                    if (m.Start == at) { c.Country = m.Iso3; c.CountryEnd = m.End; break; }
                if (c.Country is not null)
                {
                    // "comes from X" says where supply is produced; "is mined in X" names the stage itself.
                    c.VerbZone = post.Value.Contains("from", StringComparison.OrdinalIgnoreCase) ? "produced" : post.Value;
                    if (Cues.Negated(string.Concat(ClauseOf(s, p.Start), post.Value))) c.Rejected = true;
                    return c;
                }
            }
        }
        var limit = shareOf.Success ? shareOfAt : p.Start;
        var chosen = Nearest(countries, limit, earlier);
        if (chosen is null && c.SubjectEnd >= 0)
        {
            // "With 63% of global lithium refining, China dwarfs Chile": the subject of the sentence comes after.
            foreach (var m in countries)
                if (m.Start >= c.SubjectEnd && !m.Oblique) { chosen = m; break; }
            if (chosen is { } following)
            {
                c.Country = following.Iso3;
                c.CountryEnd = following.End;
                return c;
            }
        }
        if (chosen is { } cm)
        {
            c.Country = cm.Iso3;
            c.CountryEnd = cm.End;
            var zoneStart = Math.Max(cm.End, earlier.Count > 0 ? earlier[^1].Figure.End : 0);
            zoneStart = Math.Min(zoneStart, p.Start);
            c.VerbZone = s[zoneStart..p.Start];
            c.CountryZone = s[Math.Min(cm.End, p.Start)..p.Start];
            // Negation anywhere in the figure's clause ("It is not true that China makes 99% …"); a trade or
            // reserve noun governing the figure ("holds 40% of reserves … and 30% of exports") rejects it too.
            if (Cues.Negated(ClauseOf(s, p.Start)) || Cues.TradeOrStock(c.VerbZone)) c.Rejected = true;
        }
        return c;
    }

    private static void SetSubject(ShareCandidate c, string s, int start, int end)
    {
        var text = s[start..end].Trim();
        while (text.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" of", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" a", StringComparison.OrdinalIgnoreCase))
            text = text[..text.LastIndexOf(' ')].TrimEnd();
        if (text.Length == 0 || !text.Any(char.IsLetter) || text.Equals("the", StringComparison.OrdinalIgnoreCase)) return;
        c.Subject = text;
        c.SubjectStart = start;
        c.SubjectEnd = start + s.AsSpan(start).IndexOf(text, StringComparison.Ordinal) + text.Length;
    }

    private static CountryMention? Nearest(List<CountryMention> countries, int before, IReadOnlyList<ShareCandidate> earlier)
    {
        CountryMention? oblique = null;
        for (var i = countries.Count - 1; i >= 0; i--)
        {
            var m = countries[i];
            if (m.End > before) continue;
            if (InsideEarlierSubject(m, earlier)) continue;
            if (!m.Oblique) return m;
            oblique ??= m;
        }
        return oblique;
    }

    private static bool InsideEarlierSubject(CountryMention m, IReadOnlyList<ShareCandidate> earlier)
    {
        foreach (var e in earlier)
            if (e.SubjectStart >= 0 && m.Start >= e.SubjectStart && m.End <= e.SubjectEnd) return true;
        return false;
    }

    // The text between the country and the figure, from the last clause break: negation only counts inside it.
    // Built once: a char array literal with non-ASCII dashes made LastIndexOfAny build a probabilistic map on every call
    // (about 5% of ingest time).
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(";:—–(");

    private static ReadOnlySpan<char> ClauseOf(string s, int to)
    {
        var zone = s.AsSpan(0, to);
        var cut = zone.LastIndexOfAny(ClauseBreaks);
        var but = LastIndexOfIgnoreCase(zone, " but ");
        var whilst = LastIndexOfIgnoreCase(zone, " while ");
        cut = Math.Max(cut, Math.Max(but, whilst));
        return cut >= 0 ? zone[(cut + 1)..] : zone;
    }

    // The length of the first match in text, or -1: Match(string).Length without a copy of the text.
    private static int FirstMatchLength(Regex pattern, ReadOnlySpan<char> text)
    {
        foreach (var m in pattern.EnumerateMatches(text)) return m.Length;
        return -1;
    }

    // LastIndexOf(value, OrdinalIgnoreCase) for a value that starts with a space, which only a space matches: the
    // spaces are found by a vectorised search and only there is the value compared (the library's case-insensitive
    // LastIndexOf walks every position).
    private static int LastIndexOfIgnoreCase(ReadOnlySpan<char> zone, string value)
    {
        for (var end = zone.Length; end > 0;)
        {
            var i = zone[..end].LastIndexOf(' ');
            if (i < 0) return -1;
            if (zone.Length - i >= value.Length && zone.Slice(i, value.Length).Equals(value, StringComparison.OrdinalIgnoreCase)) return i;
            end = i;
        }
        return -1;
    }

    /// <summary>End of the subject phrase that starts at <paramref name="from"/>: the first clause break, joining word or year.</summary>
    private static int SubjectEnd(string s, int from, List<CountryMention> countries, bool soft)
    {
        var i = from;
        var words = 0;
        while (i < s.Length)
        {
            var ch = s[i];
            if (ch is ',' or ';' or ':' or '.' or '(' or ')' or '—' or '–' or '!' or '?' or '"' or '“' or '”' or '[' or ']' or '。' or '，') return i;
            if (ch == ' ')
            {
                words++;
                if (words >= 10) return i;
                var rest = s.AsSpan(i + 1);
                if (StopsSubject(rest, countries, i + 1, soft)) return i;
            }
            i++;
        }
        return i;
    }

    private static bool StopsSubject(ReadOnlySpan<char> rest, List<CountryMention> countries, int at, bool soft)
    {
        var k = 0;
        while (k < rest.Length && (char.IsLetter(rest[k]) || rest[k] == '\'')) k++;
        if (k == 0) return rest.Length > 0 && (char.IsDigit(rest[0]) || rest[0] == '-');
        // Longer words are none of the cues below; the lower-case copy lives on the stack.
        if (k > 16) return false;
        Span<char> lower = stackalloc char[16];
        var word = lower[..rest[..k].ToLowerInvariant(lower)];
        var next = rest[k..].TrimStart();
        switch (word)
        {
            case "while" or "whereas" or "but" or "which" or "that" or "who" or "according" or "as" or "compared" or "versus" or "vs"
                or "than" or "because" or "since" or "although" or "though" or "making" or "giving" or "leaving" or "with" or "from" or "comes"
                or "come" or "came" or "originates" or "originate" or "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will"
                or "would" or "could" or "takes" or "take" or "took" or "occurs" or "occurred" or "happens" or "despite" or "amid" or "after" or "before" or "accounting" or "at" or "said" or "says"
                or "last" or "this" or "by" or "per" or "outside" or "whose" or "when" or "where" or "until" or "through" or "not"
                or "against" or "across" or "thanks" or "due" or "among" or "including" or "like" or "such" or "alone" or "globally" or "worldwide":
                return true;
            case "for" or "to" or "within" or "used":
                return soft;
            case "in":
                return soft || next.Length > 0 && (char.IsDigit(next[0]) || next.StartsWith("the world", StringComparison.OrdinalIgnoreCase) || next.StartsWith("total", StringComparison.OrdinalIgnoreCase));
            case "and" or "or":
                if (next.Length == 0) return true;
                if (char.IsDigit(next[0]) || Cues.QualifierBefore(string.Concat(next[..Math.Min(next.Length, 20)].ToString().Split(' ')[0], " ")) is not null) return true;
                if (FractionStart().IsMatch(next)) return true;
                var nextAt = at + (rest.Length - next.Length);
                foreach (var m in countries) if (m.Start == nextAt) return true;
                return ClauseVerb().IsMatch(next);
            default:
                return false;
        }
    }

    [GeneratedRegex(@"^\s*(?:(?:global\s+|world\s+)?(?:market\s+)?(?:share|control|stake|dominance|grip|hold)\s+(?:of|over|in|on)\s+|(?:of|in)\s+(?!(?:19|20)\d\d\b))", RegexOptions.IgnoreCase)]
    private static partial Regex OfAfter();

    [GeneratedRegex(@"\b(?:market\s+)?share\s+(?:of|in)\s+(?<subj>[^,;:%]{2,100}?)\s+(?<verb>stands|stood|is|was|has\s+reached|reached|reaches|hit|hits|rose\s+to|climbed\s+to|fell\s+to|dropped\s+to|is\s+estimated\s+at|amounts\s+to|came\s+to|sits|remains|remained|exceeds|exceeded|tops|topped|was\s+put\s+at|is\s+put\s+at)(?:\s+(?:at|to))?\s*(?:about|around|roughly|approximately|some|nearly|almost|over|more\s+than|under|less\s+than|just\s+under|close\s+to|an\s+estimated)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareOfBefore();

    [GeneratedRegex(@"\G\s*(?:(?:worldwide|globally|overall|today|now)\s+)?(?:(?:takes?|took)\s+place\s+in|(?:occurs?|occurred|happens?|happened)\s+in|(?:is|are|was|were)\s+(?:located|based|concentrated)\s+in|(?:comes?|came|originates?|originated)\s+from|(?:is|are|was|were)\s+(?:\w+\s+){0,2}?(?:in|by|from))\s+(?:the\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostCountry();

    [GeneratedRegex(@"^(?:one|two|three|a)[-\s](?:third|quarter|fifth)|^half\b", RegexOptions.IgnoreCase)]
    private static partial Regex FractionStart();

    [GeneratedRegex(@"^(?:its|it|the country|controls|produces|accounts|holds|supplies|refines|mines|makes|processes|dominates|manufactures|has|is|are)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseVerb();
}
