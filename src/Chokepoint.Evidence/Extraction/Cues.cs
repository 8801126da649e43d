using System.Text.RegularExpressions;

namespace Chokepoint.Evidence.Extraction;

/// <summary>
/// The word lists the share rules consult: qualifiers, stages, change and rate words that make a
/// percentage something other than a share of supply, and subjects that are not supply.
/// </summary>
internal static partial class Cues
{
    /// <summary>The qualifier written just before a figure ("nearly 90%"), or null.</summary>
    public static string? QualifierBefore(ReadOnlySpan<char> left)
    {
        var window = left.Length > 40 ? left[^40..].ToString() : left.ToString();
        var m = QualifierLeft().Match(window, TailStart(window, QualifierTokens));
        return m.Success ? Normalise(m.Groups["q"].Value) : null;
    }

    /// <summary>Where the qualifier that ends the text before a figure starts ("rose to about" → 8), or the text's length when none does.</summary>
    public static int QualifierStart(ReadOnlySpan<char> left)
    {
        var from = Math.Max(0, left.Length - 40);
        var window = left[from..];
        foreach (var m in QualifierLeft().EnumerateMatches(window, TailStart(window, QualifierTokens))) return from + m.Index;
        return left.Length;
    }

    // The end-anchored patterns (QualifierLeft, ChangeLeft) can only match within the last few words of their
    // input: a qualifier is at most three words, a change cue at most two words plus a three-word qualifier.
    // Starting the search there (Match(input, startat) still sees the whole input for \b and look-behinds)
    // gives the same match as scanning from the start, without trying every earlier position. The bounds are
    // exact (a match spans at most that many whitespace-separated tokens: "in excess of"; "rose to" + "as much as"),
    // not margins: every position tried before them is a failed attempt.
    private const int QualifierTokens = 3;
    private const int ChangeTokens = 5;

    /// <summary>Start of the <paramref name="tokens"/>-th last whitespace-separated token of <paramref name="text"/>, or 0.</summary>
    private static int TailStart(ReadOnlySpan<char> text, int tokens)
    {
        var i = text.Length;
        for (var t = 0; t < tokens; t++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
            if (i == 0) return 0;
        }
        return i;
    }

    /// <summary>The qualifier written just after a figure ("90% or more") that ends at <paramref name="end"/> in <paramref name="s"/>, and its length, or null.</summary>
    public static (string? Qualifier, int Length) QualifierAfter(string s, int end)
    {
        var m = QualifierRight().Match(s, end, s.Length - end);
        if (!m.Success) return (null, 0);
        return (m.Groups["q"].ValueSpan.Equals("or less", StringComparison.OrdinalIgnoreCase) ? "under" : "over", m.Length);
    }

    private static string Normalise(string q) => q.ToLowerInvariant() switch
    {
        "nearly" or "almost" or "close to" or "just under" or "just below" or "approaching" => "nearly",
        "over" or "more than" or "above" or "upwards of" or "at least" or "in excess of" or "exceeding" or "just over" or "well over" or "beyond" => "over",
        "under" or "less than" or "below" or "fewer than" or "up to" or "at most" => "under",
        _ => "about",
    };

    /// <summary>The stage a phrase names, by priority capacity, refining, mining, manufacturing, production; null when none.</summary>
    public static string? Stage(string text)
    {
        if (text.Length == 0) return null;
        if (Capacity().IsMatch(text)) return "capacity";
        if (Refining().IsMatch(text)) return "refining";
        if (Mining().IsMatch(text)) return "mining";
        if (Manufacturing().IsMatch(text)) return "manufacturing";
        return Production().IsMatch(text) ? "production" : null;
    }

    /// <summary>True when the words before a figure make it a change, a rate or a price ("rose 20%", "tariffs of 25%").</summary>
    public static bool ChangeBefore(ReadOnlySpan<char> left)
    {
        var window = left[Math.Max(0, left.Length - 60)..];
        return ChangeLeft().IsMatch(window, TailStart(window, ChangeTokens));
    }

    /// <summary>True when the words after a figure make it a change, a rate or a price ("25% tariff", "30% higher").</summary>
    public static bool ChangeAfter(ReadOnlySpan<char> right) => ChangeRight().IsMatch(right[..Math.Min(60, right.Length)]);

    /// <summary>True when a subject is not world supply: people and firms (surveys), trade flows, demand, reserves, money, time.</summary>
    public static bool NotSupply(string subject) =>
        NotSupplySubject().IsMatch(subject) || subject is "it" or "them" or "this" or "that" or "these" or "those";

    /// <summary>True when the words leading to a figure make it a trade, reserve or demand share ("imports 65% of", "holds 40% of reserves and 30%").</summary>
    public static bool TradeOrStock(string zone) => TradeZone().IsMatch(zone);

    /// <summary>True when the clause negates its verb ("does not produce").</summary>
    public static bool Negated(ReadOnlySpan<char> zone) => Negation().IsMatch(zone);

    [GeneratedRegex(@"(?<![\w])(?<q>about|around|roughly|approximately|approx\.?|some|an estimated|estimated|circa|~|nearly|almost|close to|approaching|just under|just below|just over|well over|over|more than|above|upwards of|at least|in excess of|exceeding|beyond|under|less than|below|fewer than|up to|at most)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QualifierLeft();

    [GeneratedRegex(@"^\s*(?<q>or more|or less|plus|\+)(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QualifierRight();

    [GeneratedRegex(@"\bcapacit(?:y|ies)\b|\bnameplate\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Capacity();

    [GeneratedRegex(@"\b(?:refin\w*|process(?:ing|ed|es|or|ors)?|separat\w*|smelt\w*|purif\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Refining();

    [GeneratedRegex(@"\b(?:mine|mines|mined|mining|ores?|extract\w*|concentrates?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mining();

    [GeneratedRegex(@"\b(?:manufactur\w*|fabricat\w*|assembl\w*|make|makes|made|making)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Manufacturing();

    [GeneratedRegex(@"\b(?:produc\w*|output|suppl\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Production();

    [GeneratedRegex(@"\b(?:by|(?<!\bmak(?:e|es|ing)\s)(?<!\bmade\s)up|down|rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased?|increases|increasing|decreased?|decreases|grew|grow|grows|grown|growth|jumped|jumps?|dropped|drops?|surged?|surges|plunged?|plunges|climbed|climbs?|slumped|slumps?|gained|gains?|lost|loses|declined?|declines|soared|soars?|tumbled?|slid|slipped|shed|cut|cuts|raised?|raising|lowered|hiked?|tariffs?|duty|duties|levy|levies|tax|taxes|rates?|interest|margins?|yields?|discount|premium|expanded|shrank|contracted|inflation|from|(?:rose|risen|raised|climbed|jumped|fell|dropped|increased|decreased|cut|lowered|hiked|reduced|grew|surged|soared|plunged|slumped|rise|fall|climb|drop|increase|cut|reduce|lower|raise)\s+to)\s+(?:(?:about|around|roughly|nearly|almost|over|more than|some|an estimated|as much as|as little as|a further|another|an additional|a|an)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeLeft();

    [GeneratedRegex(@"^\s*(?:(?:or more|or so)\s+)?(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|levy|levies|tax|taxes|increase|increases|rise|rises|drop|drops|decline|declines|fall|falls|jump|jumps|growth|gain|gains|surge|hike|hikes|cut|cuts|reduction|discount|premium|higher|lower|more|less|cheaper|faster|slower|annually|a year|per year|each year|year[- ]on[- ]year|yoy|y/y|cagr|compound|rebate|stake|interest|chance|probability|likelihood|margins?|returns?|year-over-year|of (?:the )?(?:companies|firms|respondents|businesses|executives|those surveyed|people|consumers|households))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeRight();

    [GeneratedRegex(@"\b(?:compan(?:y|ies)|firms?|respondents?|businesses|executives|members|people|consumers|households|survey\w*|polled|workers|employees|exporters|importers|imports?|imported|exports?|exported|demand|consumption|consumers?|reserves?|deposits|gdp|revenues?|sales|profits?|budget|spending|valuation|market cap\w*|purchases|buys|bought|traded|buyers|orders|year|years|month|months|decade|quarter|time|cases|patents|those)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotSupplySubject();

    [GeneratedRegex(@"\b(?:imports?|imported|importing|exports?|exported|exporting|reserves|deposits|demand|consumption|consumes|consumed|buys|bought|purchases|traded)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TradeZone();

    [GeneratedRegex(@"\b(?:not|no longer|never|neither|nor|hardly|nowhere near)\b|n't\b|n’t\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();
}
