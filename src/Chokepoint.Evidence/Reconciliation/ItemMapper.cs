using Chokepoint.Evidence.Extraction;
using Chokepoint.Model;

namespace Chokepoint.Evidence.Reconciliation;

/// <summary>
/// Maps what a text names (concepts, a stage, the subject's words) to a dataset item id by scoring
/// every item whose id or name contains a concept key: the concept's weight, a bonus when the item's
/// kind fits the stage (refining → refined, mining → raw), a small bonus per subject word found in the
/// item, and a penalty when the item is a more specific thing the text did not name (a magnet for
/// "rare earths"). The best score wins; ties go to the item listed first. Thread-safe after construction.
/// </summary>
public sealed class ItemMapper
{
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "the", "world", "world's", "world’s", "global", "supply", "supplies", "production", "output", "share", "market", "of", "and", "for", "its",
    };

    private readonly List<(Item Item, string Text)> _items;

    /// <summary>Builds the mapper over the items of <paramref name="dataset"/>.</summary>
    public ItemMapper(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _items = dataset.Tables.Items.Select(i => (i, (i.Id + " " + i.Id.Replace('-', ' ') + " " + i.Name).ToLowerInvariant())).ToList();
    }

    /// <summary>True when item <paramref name="itemId"/> denotes <paramref name="concept"/> (by the concept's keys).</summary>
    public bool Denotes(string itemId, Concept concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        var entry = _items.Find(x => x.Item.Id == itemId);
        return entry.Item is not null && Matches(entry.Text, concept);
    }

    /// <summary>The item that best fits the concepts, stage and subject, or null when none denotes any of the concepts.</summary>
    public string? Map(IReadOnlyList<string> conceptIds, string? stage, string subject = "")
    {
        ArgumentNullException.ThrowIfNull(conceptIds);
        var concepts = conceptIds.Select(Concepts.Find).OfType<Concept>().ToList();
        if (concepts.Count == 0) return null;
        var words = (subject ?? "").ToLowerInvariant().Split([' ', '-', ',', '’', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !Stopwords.Contains(w)).ToList();
        string? best = null;
        var bestScore = 0.0;
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
            if (score > bestScore)
            {
                bestScore = score;
                best = item.Id;
            }
        }
        return best;
    }

    private static bool KnowHow(string? subject) =>
        subject is not null && (subject.Contains("technolog", StringComparison.OrdinalIgnoreCase) || subject.Contains("equipment", StringComparison.OrdinalIgnoreCase)
            || subject.Contains("machine", StringComparison.OrdinalIgnoreCase) || subject.Contains("技术", StringComparison.Ordinal) || subject.Contains("设备", StringComparison.Ordinal));

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
