using Chokepoint.Model;

namespace Chokepoint.Analysis.Lookup;

/// <summary>What an item name typed by a user resolved to.</summary>
/// <param name="Item">The item, or null when the text is unknown or ambiguous.</param>
/// <param name="Candidates">When ambiguous, the items it could mean; when unknown, the nearest ids (at most five).</param>
/// <param name="Ambiguous">True when several items match the words given.</param>
public sealed record ItemMatch(Item? Item, IReadOnlyList<string> Candidates, bool Ambiguous);

/// <summary>
/// Resolves what users type for an item: the id in any case ("Gallium"), with spaces for hyphens
/// ("rare earth oxide"), or the words of its name in items.csv ("NdFeB", "gallium metal": every word
/// must appear in the item's name or id). Names come from the dataset, so when the registry renames
/// or splits an item the common names follow it. Unknown text gets the nearest ids by edit distance.
/// Thread-safe.
/// </summary>
public static class ItemResolver
{
    private const int MaxCandidates = 5;

    /// <summary>The item <paramref name="text"/> names in <paramref name="dataset"/>.</summary>
    public static ItemMatch Resolve(Dataset dataset, string text)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(text);
        if (dataset.Items.TryGetValue(text, out var exact)) return new ItemMatch(exact, [], false);
        var id = string.Join('-', Words(text));
        if (dataset.Items.TryGetValue(id, out var byId)) return new ItemMatch(byId, [], false);
        var words = Words(text);
        if (words.Count == 0) return new ItemMatch(null, [], false);
        var byName = dataset.Tables.Items
            .Where(i => { var have = Words(i.Name).Concat(Words(i.Id)).ToHashSet(StringComparer.Ordinal); return words.All(have.Contains); })
            .Select(i => i.Id).ToList();
        if (byName.Count == 1) return new ItemMatch(dataset.Items[byName[0]], [], false);
        if (byName.Count > 1) return new ItemMatch(null, byName.Order(StringComparer.Ordinal).Take(MaxCandidates * 2).ToList(), true);
        var nearest = dataset.Items.Keys
            .Select(k => (Id: k, Distance: Distance(id, k)))
            .Where(x => x.Distance <= Math.Max(2, id.Length / 3) || x.Id.Contains(id, StringComparison.Ordinal))
            .OrderBy(x => x.Distance).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(MaxCandidates).Select(x => x.Id).ToList();
        return new ItemMatch(null, nearest, false);
    }

    /// <summary>Lower-case words of letters and digits ("Gallium, primary low-purity metal" → gallium, primary, low, purity, metal).</summary>
    private static List<string> Words(string text) =>
        text.ToLowerInvariant().Split(static c => !char.IsLetterOrDigit(c)).Where(w => w.Length > 0).ToList();

    private static IEnumerable<string> Split(this string text, Func<char, bool> isSeparator)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !isSeparator(text[i])) continue;
            if (i > start) yield return text[start..i];
            start = i + 1;
        }
    }

    /// <summary>Levenshtein distance, capped at 64-character inputs (longer text is not a typo of an id).</summary>
    internal static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64) return int.MaxValue;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
