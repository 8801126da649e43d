using System.Buffers;
using System.Text.RegularExpressions;

namespace Chokepoint.Evidence.Extraction;

/// <summary>
/// Chinese share rules for one figure: "中国控制全球约80%的稀土加工" (subject after 的),
/// "中国占全球稀土加工产能的90%以上" (subject between the verb and the figure),
/// "中国的稀土产量占全球的70%" (subject between the country and 占), and
/// "全球三分之一的芯片产能来自中国" (country after 来自).
/// </summary>
internal static partial class ChineseShareRules
{
    // Built once (an array literal per call cost a probabilistic map and an allocation per figure).
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create("，,；;：:");
    private static readonly string[] SubjectPrefixes = ["全球", "世界", "国际", "的", "了", "着", "约", "大约", "近", "超过", "市场", "上"];
    private static readonly string[] SubjectSuffixes = ["的", "仅", "只", "约", "大约", "达到", "达"];

    private static readonly string[] Verbs = ["占据", "占到", "占有", "占了", "占", "控制了", "控制着", "控制", "掌握了", "掌握着", "掌握", "供应了", "供应", "提供了", "提供", "拥有", "贡献了", "贡献", "生产了", "生产"];

    public static ShareCandidate Read(string s, Percentage p, List<CountryMention> countries, IReadOnlyList<ShareCandidate> earlier)
    {
        var c = new ShareCandidate { Figure = p };
        // The text around the figure is read as ranges of the sentence (regex matches on a range of it, spans), not
        // copies: a long sentence with many figures made two copies of itself per figure.
        var q = QualifierLeft().Match(s, 0, p.Start);
        if (q.Success) c.Qualifier = Normalise(q.Groups["q"].Value);
        var rightStart = p.End;
        var qr = QualifierRight().Match(s, p.End, s.Length - p.End);
        if (qr.Success)
        {
            c.Qualifier ??= qr.Groups["q"].Value is "以下" ? "under" : qr.Groups["q"].Value is "左右" ? "about" : "over";
            rightStart += qr.Length;
        }
        var right = s.AsSpan(rightStart);
        var leftNoQLength = q.Success ? q.Index : p.Start;
        var leftNoQ = s.AsSpan(0, leftNoQLength);
        // "约占全球的80%": the qualifier sits before the verb.
        if (c.Qualifier is null && VerbQualifier().Match(s, 0, leftNoQLength) is { Success: true } vq) c.Qualifier = Normalise(vq.Groups["q"].Value);
        if (ChangeLeft().IsMatch(leftNoQ.Length > 8 ? leftNoQ[^8..] : leftNoQ) || ChangeRight().IsMatch(right))
        {
            c.Rejected = true;
            return c;
        }

        var clauseStart = Math.Max(s.AsSpan(0, p.Start).LastIndexOfAny(ClauseBreaks) + 1, 0);
        if (right.StartsWith('的'))
        {
            // The subject follows 的, up to the first cut.
            var from = rightStart + 1;
            var end = SubjectCut().Match(s, from, s.Length - from);
            var subjectEnd = end.Success ? end.Index : s.Length;
            var subject = Strip(s.AsSpan(from, subjectEnd - from));
            if (subject.Length > 0)
            {
                c.Subject = subject;
                c.SubjectStart = from;
                c.SubjectEnd = subjectEnd;
                var post = PostCountry().Match(s, subjectEnd);
                if (post.Success)
                {
                    c.VerbZone = post.Value is "来自" or "源自" ? "供应" : post.Value;
                    var at = post.Index + post.Length;
                    foreach (var m in countries) if (m.Start == at) { c.Country = m.Iso3; c.CountryEnd = m.End; }
                }
            }
        }
        var country = c.Country is null ? Nearest(countries, p.Start, earlier) : null;
        if (country is { } cm)
        {
            c.Country = cm.Iso3;
            c.CountryEnd = cm.End;
            c.CountryZone = s[Math.Min(cm.End, p.Start)..p.Start];
        }
        if (c.Subject is null && c.CountryEnd >= 0 && c.CountryEnd <= p.Start)
        {
            var zone = leftNoQ[Math.Min(c.CountryEnd, leftNoQ.Length)..];
            var (verbAt, verbLen) = LastVerb(zone);
            if (verbAt >= 0)
            {
                var afterVerb = Strip(zone[(verbAt + verbLen)..]);
                var beforeVerb = Strip(zone[..verbAt]);
                c.Subject = afterVerb.Length > 0 ? afterVerb : beforeVerb.Length > 0 ? beforeVerb : null;
                c.VerbZone = zone[verbAt..(verbAt + verbLen)].ToString();
            }
        }
        if (c.Subject is not null && NotSupply().IsMatch(c.Subject)) c.Rejected = true;
        if (c.CountryEnd >= 0 && c.CountryEnd <= p.Start)
        {
            var zone = s.AsSpan(Math.Max(c.CountryEnd, clauseStart > c.CountryEnd ? clauseStart : c.CountryEnd)..p.Start);
            if (NegatedZone(zone)) c.Rejected = true;
        }
        return c;
    }

    // Negation in the zone from the country to the figure, "不到" and "不足" (under) aside; the zone is copied only when it holds one of them.
    private static bool NegatedZone(ReadOnlySpan<char> zone)
    {
        if (!zone.Contains("不到", StringComparison.Ordinal) && !zone.Contains("不足", StringComparison.Ordinal)) return Negation().IsMatch(zone);
        return Negation().IsMatch(zone.ToString().Replace("不到", "", StringComparison.Ordinal).Replace("不足", "", StringComparison.Ordinal));
    }

    /// <summary>The stage a Chinese phrase names, by the same priority as the English rules.</summary>
    public static string? Stage(string text)
    {
        if (text.Contains("产能", StringComparison.Ordinal)) return "capacity";
        if (RefiningZh().IsMatch(text)) return "refining";
        if (MiningZh().IsMatch(text)) return "mining";
        if (text.Contains("制造", StringComparison.Ordinal)) return "manufacturing";
        return ProductionZh().IsMatch(text) ? "production" : null;
    }

    private static (int At, int Length) LastVerb(ReadOnlySpan<char> zone)
    {
        var best = (-1, 0);
        foreach (var v in Verbs)
        {
            var i = zone.LastIndexOf(v, StringComparison.Ordinal);
            if (i > best.Item1) best = (i, v.Length);
        }
        return best;
    }

    private static CountryMention? Nearest(List<CountryMention> countries, int before, IReadOnlyList<ShareCandidate> earlier)
    {
        CountryMention? oblique = null;
        for (var i = countries.Count - 1; i >= 0; i--)
        {
            var m = countries[i];
            if (m.End > before) continue;
            var inside = false;
            foreach (var e in earlier) if (e.SubjectStart >= 0 && m.Start >= e.SubjectStart && m.End <= e.SubjectEnd) inside = true;
            if (inside) continue;
            if (!m.Oblique) return m;
            oblique ??= m;
        }
        return oblique;
    }

    private static string Strip(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        var changed = true;
        while (changed && t.Length > 0)
        {
            changed = false;
            foreach (var prefix in SubjectPrefixes)
                if (t.StartsWith(prefix, StringComparison.Ordinal)) { t = t[prefix.Length..]; changed = true; }
            foreach (var suffix in SubjectSuffixes)
                if (t.EndsWith(suffix, StringComparison.Ordinal)) { t = t[..^suffix.Length]; changed = true; }
        }
        return t.ToString();
    }

    private static string Normalise(string q) => q switch
    {
        "近" or "将近" or "接近" or "几乎" => "nearly",
        "超过" or "逾" or "超" or "高达" => "over",
        "不到" or "不足" or "低于" => "under",
        _ => "about",
    };

    [GeneratedRegex(@"(?<q>大约|约|近|将近|接近|几乎|超过|逾|超|高达|不到|不足|低于)$")]
    private static partial Regex QualifierLeft();

    [GeneratedRegex(@"(?<q>大约|约|近|将近|接近|超过)(?:占|控制|供应|生产)[^，,；;。]*$")]
    private static partial Regex VerbQualifier();

    [GeneratedRegex(@"^(?<q>以上|多|左右|以下)")]
    private static partial Regex QualifierRight();

    [GeneratedRegex(@"(?:增长|增加|上涨|上升|下降|下跌|减少|提高|降低|涨|跌|关税|税率|利率|同比|环比|加征|幅度)[了为达到至近约超过]*$")]
    private static partial Regex ChangeLeft();

    [GeneratedRegex(@"^(?:的)?(?:关税|增长|涨幅|跌幅|增速|的企业|企业|公司|受访)")]
    private static partial Regex ChangeRight();

    [GeneratedRegex(@"[，。；、,;：:！？和与及]|来自|产自|源自|集中在|位于|由|是|在")]
    private static partial Regex SubjectCut();

    [GeneratedRegex(@"\G(?:来自|产自|源自|集中在|位于|由)")]
    private static partial Regex PostCountry();

    [GeneratedRegex(@"企业|公司|受访|进口|出口|需求|消费|储量|营收|收入|利润")]
    private static partial Regex NotSupply();

    [GeneratedRegex(@"加工|精炼|冶炼|分离|提炼|提纯")]
    private static partial Regex RefiningZh();

    [GeneratedRegex(@"开采|采矿|矿产|矿石|矿山|采选")]
    private static partial Regex MiningZh();

    [GeneratedRegex(@"生产|产量|供应|产出|出产")]
    private static partial Regex ProductionZh();

    [GeneratedRegex(@"不|没有|并未|并非|未")]
    private static partial Regex Negation();
}
