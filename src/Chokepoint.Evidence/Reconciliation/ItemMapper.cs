using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Text;
using Chokepoint.Model;

namespace Chokepoint.Evidence.Reconciliation;

/// <summary>
/// Maps what a text names to a dataset item, at the grain of the dataset. First the items' own names
/// for themselves (items.csv <c>aliases</c>, English and Chinese) are looked for in the subject: the item
/// named by the most distinct aliases wins ("heavy rare earths such as dysprosium" names dysprosium oxide
/// twice, the other heavy oxides once); a tie is broken by the stage (refining → refined, mining → raw)
/// and otherwise left open — the claim is unmapped with its candidates, never forced onto a near item.
/// Aliases that are only a material's name ("graphite", "钴", "rare earths") are left to the second step, which scores
/// every item whose id or name holds the named concept's keys: the concept's weight (+1 when the id names
/// it), +1.5 when the kind fits the stage, +0.5 per subject word found in the item, −weight when the id
/// names a more specific concept the text did not (a magnet for "rare earths"), −5 for technology and
/// equipment unless the text speaks of them. Equal best scores on items of one kind are left open too.
/// Thread-safe after construction.
/// </summary>
public sealed class ItemMapper
{
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "the", "world", "world's", "world’s", "global", "supply", "supplies", "production", "output", "share", "market", "of", "and", "for", "its",
    };

    private readonly List<(Item Item, string Text)> _items;
    private readonly TermScanner? _aliases;
    private readonly List<string> _aliasTerms = [];
    private readonly List<List<Item>> _aliasItems = [];

    /// <summary>Builds the mapper over the items of <paramref name="dataset"/>.</summary>
    public ItemMapper(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _items = dataset.Tables.Items.Select(i => (i, (i.Id + " " + i.Id.Replace('-', ' ') + " " + i.Name).ToLowerInvariant())).ToList();
        var conceptNames = new HashSet<string>(Concepts.All.Where(c => c.Weight <= 2).SelectMany(c => c.Names.Concat(c.ChineseNames)), StringComparer.OrdinalIgnoreCase);
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in dataset.Tables.Items)
            foreach (var alias in item.Aliases)
            {
                var a = alias.Trim();
                // A bare material name is a family, not an item; an alias that cannot start a word cannot be scanned.
                if (a.Length == 0 || conceptNames.Contains(a) || !char.IsLetterOrDigit(a[0])) continue;
                if (!index.TryGetValue(a, out var at))
                {
                    at = _aliasTerms.Count;
                    index[a] = at;
                    _aliasTerms.Add(a);
                    _aliasItems.Add([]);
                }
                if (!_aliasItems[at].Contains(item)) _aliasItems[at].Add(item);
            }
        if (_aliasTerms.Count > 0) _aliases = new TermScanner(_aliasTerms, ignoreCase: true);
    }

    /// <summary>True when item <paramref name="itemId"/> denotes <paramref name="concept"/> (by the concept's keys).</summary>
    public bool Denotes(string itemId, Concept concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        var entry = _items.Find(x => x.Item.Id == itemId);
        return entry.Item is not null && Matches(entry.Text, concept);
    }

    /// <summary>The item that best fits, or null when none does or several fit equally (see <see cref="Match"/>).</summary>
    public string? Map(IReadOnlyList<string> conceptIds, string? stage, string subject = "") => Match(conceptIds, stage, subject).Item;

    /// <summary>
    /// The item <paramref name="subject"/> names (its aliases first, then the concepts <paramref name="conceptIds"/>
    /// found in it), with the candidates when the words leave the choice open and the reason in words.
    /// </summary>
    public ItemMatch Match(IReadOnlyList<string> conceptIds, string? stage, string subject = "")
    {
        ArgumentNullException.ThrowIfNull(conceptIds);
        subject ??= "";
        if (ByAlias(subject, stage) is { } named) return named;
        return ByConcept(conceptIds, stage, subject);
    }

    /// <summary>Every item the aliases in <paramref name="text"/> name (an alias shared by several items gives all of them).</summary>
    public IReadOnlyList<string> Named(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_aliases is null) return [];
        var found = new List<string>();
        foreach (var (term, _) in _aliases.FindAll(text))
            foreach (var item in _aliasItems[term])
                if (!found.Contains(item.Id)) found.Add(item.Id);
        return found;
    }

    private ItemMatch? ByAlias(string subject, string? stage)
    {
        if (_aliases is null || subject.Length == 0) return null;
        var hits = _aliases.FindAll(subject);
        if (hits.Count == 0) return null;
        var terms = new Dictionary<Item, List<string>>();
        foreach (var (term, _) in hits)
            foreach (var item in _aliasItems[term])
            {
                if (!terms.TryGetValue(item, out var list)) terms[item] = list = [];
                if (!list.Contains(_aliasTerms[term], StringComparer.OrdinalIgnoreCase)) list.Add(_aliasTerms[term]);
            }
        var most = terms.Values.Max(t => t.Count);
        var top = terms.Where(kv => kv.Value.Count == most).Select(kv => kv.Key).ToList();
        if (top.Count > 1)
        {
            var know = KnowHow(subject);
            top = top.Where(i => know || i.Kind is not (ItemKind.Technology or ItemKind.Equipment)).DefaultIfEmpty(top[0]).ToList();
            var bestFit = top.Max(i => StageFit(stage, i.Kind));
            top = top.Where(i => StageFit(stage, i.Kind) == bestFit).ToList();
            // A component named with its material ("magnets containing dysprosium", "含镝磁体") is the component.
            var mostMade = top.Max(i => Made(i.Kind));
            if (top.Exists(i => Made(i.Kind) != mostMade)) top = top.Where(i => Made(i.Kind) == mostMade).ToList();
        }
        if (top.Count == 1)
            return new ItemMatch(top[0].Id, [], $"named by '{string.Join("', '", terms[top[0]])}'");
        var words = string.Join("', '", top.SelectMany(i => terms[i]).Distinct(StringComparer.OrdinalIgnoreCase));
        return new ItemMatch(null, top.Select(i => i.Id).ToList(), $"'{words}' names {top.Count} items and the text does not say which");
    }

    private ItemMatch ByConcept(IReadOnlyList<string> conceptIds, string? stage, string subject)
    {
        var concepts = conceptIds.Select(Concepts.Find).OfType<Concept>().ToList();
        if (concepts.Count == 0) return new ItemMatch(null, [], "names no item of the dataset");
        var words = subject.ToLowerInvariant().Split([' ', '-', ',', '’', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !Stopwords.Contains(w)).ToList();
        var scored = new List<(Item Item, double Score)>();
        foreach (var (item, text) in _items)
        {
            var score = 0.0;
            foreach (var c in concepts)
                if (Matches(text, c)) score += c.Weight + (Matches(item.Id, c) ? 1 : 0);
            if (score == 0) continue;
            // An item whose id names a more specific thing the text did not name is a worse fit (names may mention uses).
            foreach (var other in Concepts.All)
                if (other.Weight >= 3 && !concepts.Contains(other) && Matches(item.Id, other)) score -= other.Weight;
            if (item.Kind is ItemKind.Technology or ItemKind.Equipment && !KnowHow(subject)) score -= 5;
            score += StageFit(stage, item.Kind);
            foreach (var w in words) if (text.Contains(w, StringComparison.Ordinal)) score += 0.5;
            if (score > 0) scored.Add((item, score));
        }
        var named = string.Join(", ", concepts.Select(c => c.Id));
        if (scored.Count == 0) return new ItemMatch(null, [], $"no item of the dataset is a {named}");
        var best = scored.Max(s => s.Score);
        // Items listed first win a tie across kinds (ore before metal: "production" of a mineral is mine output);
        // a tie within one kind (NCM and LFP cathodes for "cathodes") is a choice the text did not make.
        var first = scored.First(s => s.Score == best).Item;
        var tied = scored.Where(s => s.Score == best && s.Item.Kind == first.Kind).Select(s => s.Item).ToList();
        if (tied.Count == 1)
            return new ItemMatch(first.Id, [], $"the closest item for '{named}'{(stage is null ? "" : $" at the {stage} stage")}");
        // The dataset may say which item stands for the material at this stage: an alias naming both ("rare earth refining").
        var forStage = tied.Where(i => i.Aliases.Any(a => StageAlias(a, stage, concepts))).ToList();
        if (forStage.Count == 1)
            return new ItemMatch(forStage[0].Id, [], $"the dataset's item for '{named}' at the {stage} stage (its aliases)");
        return new ItemMatch(null, tied.Select(i => i.Id).ToList(), $"'{named}' fits {tied.Count} items equally and the text does not say which");
    }

    private static readonly Dictionary<string, string[]> StageWords = new(StringComparer.Ordinal)
    {
        ["refining"] = ["refin", "process", "separat", "冶炼", "分离", "加工"],
        ["mining"] = ["mining", "mined", " ore", "concentrate", "开采", "矿"],
    };

    private static bool StageAlias(string alias, string? stage, List<Concept> concepts) =>
        stage is not null && StageWords.TryGetValue(stage, out var words)
        && words.Any(w => alias.Contains(w, StringComparison.OrdinalIgnoreCase))
        && concepts.Exists(c => c.Names.Concat(c.ChineseNames).Any(n => alias.Contains(n, StringComparison.OrdinalIgnoreCase)));

    private static bool KnowHow(string? subject) =>
        subject is not null && (subject.Contains("technolog", StringComparison.OrdinalIgnoreCase) || subject.Contains("equipment", StringComparison.OrdinalIgnoreCase)
            || subject.Contains("machine", StringComparison.OrdinalIgnoreCase) || subject.Contains("技术", StringComparison.Ordinal) || subject.Contains("设备", StringComparison.Ordinal));

    private static int Made(ItemKind kind) => kind switch
    {
        ItemKind.Raw => 0,
        ItemKind.Refined => 1,
        ItemKind.Component => 2,
        ItemKind.Product => 3,
        _ => 1,
    };

    private static double StageFit(string? stage, ItemKind kind) => (stage, kind) switch
    {
        ("refining", ItemKind.Refined) => 1.5,
        ("mining", ItemKind.Raw) => 1.5,
        ("refining", ItemKind.Raw) or ("mining", ItemKind.Refined) => -0.5,
        ("manufacturing" or "capacity", ItemKind.Component or ItemKind.Product) => 0.5,
        _ => 0,
    };

    private static bool Matches(string itemText, Concept c)
    {
        foreach (var k in c.Keys)
            if (k == "api" ? ContainsWord(itemText, k) : itemText.Contains(k, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool ContainsWord(string text, string word)
    {
        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end]))) return true;
            at = end;
        }
        return false;
    }
}
