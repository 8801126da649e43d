using System.Buffers;

namespace Chokepoint.Evidence.Text;

/// <summary>
/// Finds many terms in one pass over a text with <see cref="SearchValues{T}"/> (vectorised
/// multi-string search). At each place the longest term wins; English terms must sit on word
/// boundaries, Chinese terms match anywhere. Thread-safe after construction.
/// </summary>
internal sealed class TermScanner
{
    private readonly string[] _terms;
    private readonly StringComparison _comparison;
    private readonly SearchValues<string>? _values;
    private readonly Dictionary<char, int[]> _byFirst = [];

    /// <summary>Builds a scanner over <paramref name="terms"/>; <paramref name="ignoreCase"/> selects ordinal case-insensitive matching.</summary>
    public TermScanner(IReadOnlyList<string> terms, bool ignoreCase)
    {
        _terms = terms.ToArray();
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (_terms.Length > 0) _values = SearchValues.Create(_terms.Distinct(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal).ToArray(), _comparison);
        foreach (var group in Enumerable.Range(0, _terms.Length).GroupBy(i => Key(_terms[i][0])))
            _byFirst[group.Key] = group.OrderByDescending(i => _terms[i].Length).ToArray();
    }

    /// <summary>The number of times each term (by index) occurs in <paramref name="text"/>.</summary>
    public int[] Count(ReadOnlySpan<char> text)
    {
        var counts = new int[_terms.Length];
        Scan(text, (i, _) => counts[i]++);
        return counts;
    }

    /// <summary>The term (by index) at each occurrence, with its start, in text order.</summary>
    public List<(int Term, int Start)> FindAll(ReadOnlySpan<char> text)
    {
        var result = new List<(int, int)>();
        Scan(text, (i, p) => result.Add((i, p)));
        return result;
    }

    /// <summary>The term string at index <paramref name="index"/>.</summary>
    public string this[int index] => _terms[index];

    /// <summary>Calls <paramref name="found"/> with the index and start of each term occurrence, in text order.</summary>
    public void Scan(ReadOnlySpan<char> text, Action<int, int> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        if (_values is null) return;
        var at = 0;
        while (at < text.Length)
        {
            var rel = text[at..].IndexOfAny(_values);
            if (rel < 0) return;
            var p = at + rel;
            var hit = Match(text, p);
            if (hit >= 0)
            {
                found(hit, p);
                at = p + _terms[hit].Length;
            }
            else
            {
                at = p + 1;
            }
        }
    }

    private int Match(ReadOnlySpan<char> text, int p)
    {
        if (!_byFirst.TryGetValue(Key(text[p]), out var candidates)) return -1;
        foreach (var i in candidates)
        {
            var term = _terms[i];
            if (p + term.Length > text.Length || !text.Slice(p, term.Length).Equals(term, _comparison)) continue;
            if (Cjk.IsCjk(term[0])) return i;
            var end = p + term.Length;
            var before = p == 0 || !char.IsLetterOrDigit(text[p - 1]);
            if (before && (end >= text.Length || !char.IsLetterOrDigit(text[end]))) return i;
        }
        return -1;
    }

    private char Key(char c) => _comparison == StringComparison.OrdinalIgnoreCase ? char.ToLowerInvariant(c) : c;
}
