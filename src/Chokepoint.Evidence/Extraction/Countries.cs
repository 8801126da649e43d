using Chokepoint.Evidence.Text;

namespace Chokepoint.Evidence.Extraction;

/// <summary>A country named in a sentence.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 code.</param>
/// <param name="Oblique">True when a preposition governs the name ("for the US", "unlike China"): not the subject of the clause.</param>
internal readonly record struct CountryMention(string Iso3, int Start, int End, bool Oblique);

/// <summary>
/// Names, demonyms and metonyms of countries in English and Chinese ("China", "Chinese suppliers",
/// "Beijing", "the Democratic Republic of Congo", "中国", "刚果（金）") mapped to ISO3. English names are
/// matched case-sensitively (they are proper nouns; "us" is a pronoun, "US" a country).
/// </summary>
internal static class Countries
{
    private static readonly (string Iso3, string[] Names)[] Table =
    [
        ("CHN", ["China", "Chinese", "Beijing", "PRC", "People's Republic of China", "mainland China", "中国", "我国", "中方", "北京", "国内"]),
        ("USA", ["United States", "US", "U.S.", "USA", "America", "American", "Americans", "Washington", "美国", "美方", "华盛顿"]),
        ("COD", ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo", "DRC", "Congo", "Congolese", "刚果（金）", "刚果(金)", "刚果金", "刚果"]),
        ("AUS", ["Australia", "Australian", "澳大利亚", "澳洲"]),
        ("CHL", ["Chile", "Chilean", "智利"]),
        ("ARG", ["Argentina", "Argentine", "Argentinian", "阿根廷"]),
        ("BOL", ["Bolivia", "Bolivian", "玻利维亚"]),
        ("IDN", ["Indonesia", "Indonesian", "印度尼西亚", "印尼"]),
        ("PHL", ["Philippines", "Philippine", "菲律宾"]),
        ("JPN", ["Japan", "Japanese", "Tokyo", "日本"]),
        ("KOR", ["South Korea", "Korea", "Korean", "Seoul", "韩国"]),
        ("TWN", ["Taiwan", "Taiwanese", "Taipei", "台湾", "中国台湾"]),
        ("IND", ["India", "Indian", "New Delhi", "印度"]),
        ("RUS", ["Russia", "Russian", "Moscow", "俄罗斯"]),
        ("MMR", ["Myanmar", "Burma", "Burmese", "缅甸"]),
        ("BRA", ["Brazil", "Brazilian", "巴西"]),
        ("CAN", ["Canada", "Canadian", "Ottawa", "加拿大"]),
        ("ZAF", ["South Africa", "South African", "南非"]),
        ("GAB", ["Gabon", "Gabonese", "加蓬"]),
        ("MOZ", ["Mozambique", "莫桑比克"]),
        ("MDG", ["Madagascar", "马达加斯加"]),
        ("ZWE", ["Zimbabwe", "津巴布韦"]),
        ("PER", ["Peru", "Peruvian", "秘鲁"]),
        ("VNM", ["Vietnam", "Viet Nam", "Vietnamese", "越南"]),
        ("MYS", ["Malaysia", "Malaysian", "马来西亚"]),
        ("KAZ", ["Kazakhstan", "哈萨克斯坦"]),
        ("TJK", ["Tajikistan", "塔吉克斯坦"]),
        ("TUR", ["Turkey", "Türkiye", "Turkish", "土耳其"]),
        ("MAR", ["Morocco", "Moroccan", "摩洛哥"]),
        ("MEX", ["Mexico", "Mexican", "墨西哥"]),
        ("DEU", ["Germany", "German", "Berlin", "德国"]),
        ("FRA", ["France", "French", "Paris", "法国"]),
        ("NLD", ["Netherlands", "Dutch", "The Hague", "荷兰"]),
        ("GBR", ["United Kingdom", "UK", "U.K.", "Britain", "British", "London", "英国"]),
        ("NOR", ["Norway", "Norwegian", "挪威"]),
        ("THA", ["Thailand", "Thai", "泰国"]),
        ("ISR", ["Israel", "Israeli", "以色列"]),
        ("SAU", ["Saudi Arabia", "Saudi", "沙特"]),
        ("UKR", ["Ukraine", "Ukrainian", "乌克兰"]),
    ];

    private static readonly Dictionary<string, string> ByName = Build();
    private static readonly string[] AllNames = ByName.Keys.ToArray();
    private static readonly TermScanner Scanner = new(AllNames, ignoreCase: false);

    private static Dictionary<string, string> Build()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (iso3, names) in Table)
            foreach (var n in names) d[n] = iso3;
        return d;
    }

    /// <summary>The ISO3 of a name as written, or null.</summary>
    public static string? Lookup(string name) => ByName.TryGetValue(name, out var iso3) ? iso3 : null;

    /// <summary>Every country named in <paramref name="text"/>, in order.</summary>
    public static List<CountryMention> Find(string text)
    {
        var result = new List<CountryMention>();
        foreach (var (term, start) in Scanner.FindAll(text))
        {
            var name = AllNames[term];
            var oblique = Cjk.IsCjk(name[0]) ? IsObliqueZh(text, start) : IsOblique(text, start);
            result.Add(new CountryMention(ByName[name], start, start + name.Length, oblique));
        }
        return result;
    }

    private static bool IsOblique(string text, int start)
    {
        var left = text.AsSpan(0, start).TrimEnd();
        if (left.EndsWith("the", StringComparison.OrdinalIgnoreCase)) left = left[..^3].TrimEnd();
        var k = left.Length - 1;
        while (k >= 0 && char.IsLetter(left[k])) k--;
        // The cues are short ASCII words: a longer word is none of them, and the lower-case copy lives on the stack.
        var letters = left[(k + 1)..];
        if (letters.Length > 16) return false;
        Span<char> lower = stackalloc char[16];
        var word = lower[..letters.ToLowerInvariant(lower)];
        return word is "for" or "to" or "from" or "than" or "against" or "on" or "over" or "into" or "toward" or "towards"
            or "like" or "unlike" or "versus" or "vs" or "including" or "outside" or "beyond" or "by" or "with" or "in" or "at" or "of" or "nor";
    }

    private static bool IsObliqueZh(string text, int start) =>
        start > 0 && text[start - 1] is '对' or '向' or '从' or '除' or '与' or '和' or '比' or '在' or '给';
}
