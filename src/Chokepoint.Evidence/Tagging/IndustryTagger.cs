using Chokepoint.Evidence.Text;

namespace Chokepoint.Evidence.Tagging;

/// <summary>
/// Tags a document with industries by counting English and Chinese terms. English terms match
/// case-insensitively on word boundaries (all-capital terms such as API match case-sensitively);
/// Chinese terms match as substrings. A document is tagged with an industry when its terms occur
/// at least twice, or once in a short document (under 1,500 characters). Thread-safe.
/// </summary>
public static class IndustryTagger
{
    /// <summary>Industry ids and their terms.</summary>
    public static readonly IReadOnlyList<(string Industry, string[] Terms)> Lexicon =
    [
        ("rare-earths", ["rare earth", "rare earths", "rare-earth", "NdFeB", "neodymium", "dysprosium", "terbium", "samarium", "yttrium", "permanent magnet", "permanent magnets", "magnet", "magnets", "稀土", "磁体", "永磁", "钕", "镝", "铽"]),
        ("batteries", ["lithium", "lithium-ion", "battery", "batteries", "cathode", "cathodes", "anode", "anodes", "graphite", "cobalt", "nickel", "manganese", "CATL", "BYD", "锂电池", "锂", "电池", "正极", "负极", "石墨", "钴", "镍", "锰"]),
        ("semiconductors", ["semiconductor", "semiconductors", "chip", "chips", "mature-node", "mature-process", "mature process", "legacy chips", "foundry", "foundries", "wafer", "wafers", "gallium", "germanium", "Nexperia", "lithography", "芯片", "半导体", "成熟制程", "晶圆", "镓", "锗", "光刻"]),
        ("pharma", ["pharmaceutical", "pharmaceuticals", "API", "APIs", "active pharmaceutical ingredient", "active pharmaceutical ingredients", "antibiotic", "antibiotics", "acetaminophen", "paracetamol", "ibuprofen", "penicillin", "generic drugs", "generics", "medicines", "drugs", "医药", "原料药", "医药原料", "药品", "抗生素", "仿制药"]),
        ("critical-minerals", ["critical minerals", "critical mineral", "antimony", "tungsten", "关键矿产", "锑", "钨"]),
        ("renewables", ["solar", "photovoltaic", "polysilicon", "wind turbine", "wind turbines", "renewable energy", "renewables", "光伏", "多晶硅", "风电"]),
        ("defence", ["defense", "defence", "military", "weapons", "missiles", "国防", "军工", "军事"]),
        ("automotive", ["automakers", "automaker", "automotive", "electric vehicles", "EVs", "EV", "car makers", "carmakers", "汽车", "电动车", "新能源车"]),
    ];

    // Flattened terms: Owner maps a term index to its industry index. Acronyms match case-sensitively.
    private static readonly (int Industry, string Term)[] Flat = Lexicon.SelectMany((l, i) => l.Terms.Select(t => (i, t))).ToArray();
    private static readonly (int Industry, string Term)[] Exact = Flat.Where(x => IsAcronym(x.Term)).ToArray();
    private static readonly (int Industry, string Term)[] Loose = Flat.Where(x => !IsAcronym(x.Term)).ToArray();
    private static readonly TermScanner ExactScanner = new(Exact.Select(x => x.Term).ToArray(), ignoreCase: false);
    private static readonly TermScanner LooseScanner = new(Loose.Select(x => x.Term).ToArray(), ignoreCase: true);

    /// <summary>The industries of <paramref name="text"/>, most hits first, each with its matched terms most frequent first.</summary>
    public static List<IndustryTag> Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tag([text], text.Length);
    }

    /// <summary>
    /// The industries of a document's title and body, as <see cref="Tag(string)"/> gives for the title and
    /// body joined by a line break, without building that copy of a body that may run to 20 MB.
    /// </summary>
    public static List<IndustryTag> Tag(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        // No term holds a line break, and one acts as a word boundary, so the parts count as the joined text would.
        return Tag([title, body], title.Length + 1 + body.Length);
    }

    private static List<IndustryTag> Tag(ReadOnlySpan<string> parts, int length)
    {
        var counts = new Dictionary<(int Industry, string Term), int>();
        foreach (var part in parts)
        {
            Add(counts, Exact, ExactScanner.Count(part));
            Add(counts, Loose, LooseScanner.Count(part));
        }
        var threshold = length < 1500 ? 1 : 2;
        var tags = new List<IndustryTag>();
        for (var i = 0; i < Lexicon.Count; i++)
        {
            var terms = counts.Where(kv => kv.Key.Industry == i).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Term, StringComparer.Ordinal).ToList();
            var total = terms.Sum(kv => kv.Value);
            if (total >= threshold) tags.Add(new IndustryTag(Lexicon[i].Industry, total, terms.Select(kv => kv.Key.Term).ToList()));
        }
        tags.Sort((a, b) => b.Hits.CompareTo(a.Hits));
        return tags;
    }

    private static void Add(Dictionary<(int, string), int> counts, (int Industry, string Term)[] terms, int[] found)
    {
        for (var i = 0; i < found.Length; i++)
            if (found[i] > 0) counts[terms[i]] = counts.GetValueOrDefault(terms[i]) + found[i];
    }

    private static bool IsAcronym(string term) => term.Length <= 5 && term.Any(char.IsUpper) && !term.Any(char.IsLower) || term is "APIs" or "EVs" or "NdFeB";
}
