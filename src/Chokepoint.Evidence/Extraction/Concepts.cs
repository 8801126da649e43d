using Chokepoint.Evidence.Text;

namespace Chokepoint.Evidence.Extraction;

/// <summary>The concepts the rules know, and a finder for them in text. Thread-safe.</summary>
public static class Concepts
{
    /// <summary>Every concept, most specific first.</summary>
    public static readonly IReadOnlyList<Concept> All =
    [
        new("magnet", "rare-earths", 4, ["NdFeB", "magnet", "magnets", "permanent magnet", "permanent magnets", "magnet production", "magnet-making"], ["磁体", "磁铁", "永磁", "磁材"], ["magnet", "ndfeb"]),
        new("cathode", "batteries", 4, ["cathode", "cathodes", "cathode material", "cathode materials", "cathode active material", "cathode active materials"], ["正极"], ["cathode"]),
        new("anode", "batteries", 4, ["anode", "anodes", "anode material", "anode materials", "anode active material"], ["负极"], ["anode"]),
        new("battery-cell", "batteries", 3, ["battery cell", "battery cells", "lithium-ion batteries", "lithium-ion battery", "li-ion batteries", "EV batteries", "batteries", "battery", "cells"], ["锂电池", "电池", "电芯"], ["cell", "battery"]),
        new("mature-chip", "semiconductors", 4, ["mature chip", "mature chips", "mature-node chips", "mature-process chips", "mature-process semiconductors", "mature process chips", "legacy chips", "legacy semiconductors", "chip", "chips", "semiconductor", "semiconductors", "foundry"], ["成熟制程", "芯片", "半导体", "晶圆"], ["chip", "semiconductor", "foundry", "wafer", "mature-node"]),
        new("paracetamol", "pharma", 4, ["paracetamol", "acetaminophen"], ["扑热息痛", "对乙酰氨基酚"], ["paracetamol", "acetaminophen"]),
        new("ibuprofen", "pharma", 4, ["ibuprofen"], ["布洛芬"], ["ibuprofen"]),
        new("penicillin", "pharma", 4, ["penicillin", "antibiotics", "antibiotic", "6-APA"], ["青霉素", "抗生素"], ["penicillin", "6-apa", "antibiotic"]),
        new("api", "pharma", 3, ["active pharmaceutical ingredients", "active pharmaceutical ingredient", "pharmaceutical ingredients", "APIs", "API", "drug ingredients", "key starting materials"], ["原料药", "医药原料", "药物原料"], ["api", "active pharmaceutical", "starting material"]),
        new("rare-earth", "rare-earths", 2, ["rare earth", "rare earths", "rare-earth", "rare-earths", "rare earth elements", "rare earth oxides", "rare earth oxide", "REE", "REEs"], ["稀土"], ["rare-earth", "rare earth"]),
        new("lithium", "batteries", 2, ["lithium"], ["锂"], ["lithium"]),
        new("cobalt", "batteries", 2, ["cobalt"], ["钴"], ["cobalt"]),
        new("nickel", "batteries", 2, ["nickel"], ["镍"], ["nickel"]),
        new("manganese", "batteries", 2, ["manganese"], ["锰"], ["manganese"]),
        new("graphite", "batteries", 2, ["graphite"], ["石墨"], ["graphite"]),
        new("gallium", "semiconductors", 2, ["gallium"], ["镓"], ["gallium"]),
        new("germanium", "semiconductors", 2, ["germanium"], ["锗"], ["germanium"]),
        new("antimony", "critical-minerals", 2, ["antimony"], ["锑"], ["antimony"]),
        new("tungsten", "critical-minerals", 2, ["tungsten"], ["钨"], ["tungsten"]),
        new("polysilicon", "renewables", 2, ["polysilicon", "solar-grade silicon"], ["多晶硅"], ["polysilicon"]),
    ];

    private static readonly Dictionary<string, Concept> ById = All.ToDictionary(c => c.Id, StringComparer.Ordinal);

    // Every name of every concept in one scanner; NameOwner maps a name's index to its concept.
    private static readonly string[] AllNames = All.SelectMany(c => c.Names.Concat(c.ChineseNames)).ToArray();
    private static readonly int[] NameOwner = All.SelectMany((c, i) => c.Names.Concat(c.ChineseNames).Select(_ => i)).ToArray();
    private static readonly TermScanner Scanner = new(AllNames, ignoreCase: true);

    /// <summary>The concept with id <paramref name="id"/>, or null.</summary>
    public static Concept? Find(string id) => ById.TryGetValue(id, out var c) ? c : null;

    /// <summary>The concepts named in <paramref name="text"/>, each once, most specific first.</summary>
    public static List<Concept> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains("bargaining chip", StringComparison.OrdinalIgnoreCase))
            text = text.Replace("bargaining chips", "", StringComparison.OrdinalIgnoreCase).Replace("bargaining chip", "", StringComparison.OrdinalIgnoreCase);
        var seen = new bool[All.Count];
        Scanner.Scan(text, (i, _) => seen[NameOwner[i]] = true);
        var found = new List<Concept>();
        for (var i = 0; i < seen.Length; i++) if (seen[i]) found.Add(All[i]);
        // "lithium-ion battery cells" names cells, not lithium; "rare earth magnets" names magnets over rare earths.
        if (found.Count > 1 && found.Exists(c => c.Id == "battery-cell")) found.RemoveAll(c => c.Id == "lithium" && !IsLithiumItself(text));
        return found;
    }

    private static bool IsLithiumItself(string text)
    {
        // Fast path, same answer: "lithium" not followed by "-ion" survives the removal below ("lithium-ion"
        // holds "lithium" only at its start, so no removed occurrence overlaps it), and then the text names lithium.
        var rest = text.AsSpan();
        for (var at = rest.IndexOf("lithium", StringComparison.OrdinalIgnoreCase); at >= 0; at = rest.IndexOf("lithium", StringComparison.OrdinalIgnoreCase))
        {
            if (!rest[(at + 7)..].StartsWith("-ion", StringComparison.OrdinalIgnoreCase)) return true;
            rest = rest[(at + 7)..];
        }
        var t = text.Replace("lithium-ion", "", StringComparison.OrdinalIgnoreCase).Replace("锂电池", "", StringComparison.Ordinal);
        return t.Contains("lithium", StringComparison.OrdinalIgnoreCase) || t.Contains('锂', StringComparison.Ordinal);
    }
}
