using System.Buffers;
using System.Text;

namespace Chokepoint.Evidence.Text;

/// <summary>
/// Finds many terms in one pass over a text. At each place the longest term wins and the scan goes on
/// after it; English terms must sit on word boundaries, Chinese terms match anywhere. Thread-safe after
/// construction.
/// </summary>
/// <remarks>
/// English (ASCII) terms are found word by word: a term can only start where a word starts, and the
/// word there must equal the term's first word, so one hash lookup per word replaces a multi-string
/// search whose candidates ("ch", "ma", "co"…) are common in English and each had to be verified.
/// The other terms (Chinese, which has no case) are found through their first characters with a
/// vectorised search; ordinary English text holds none. <c>TermScannerTests</c> checks both paths
/// against a plain reading of the rule.
/// </remarks>
internal sealed class TermScanner
{
    private readonly string[] _terms;
    private readonly StringComparison _comparison;
    // ASCII terms by their first word, longest term first.
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly SearchValues<char>? _asciiFirst;
    // With many first letters a vectorised jump lands on nearly every word; walking the text is then cheaper.
    private readonly bool _walk;
    private readonly SearchValues<char>? _otherFirst;
    private readonly Dictionary<char, int[]> _otherByFirst = [];
    // Terms of CJK ideographs only, which have no case: compared ordinally, the same answer without case folding.
    private readonly bool[] _caseless;

    /// <summary>Builds a scanner over <paramref name="terms"/>; <paramref name="ignoreCase"/> selects ordinal case-insensitive matching.</summary>
    /// <exception cref="ArgumentException">An English term does not start with a letter or digit.</exception>
    public TermScanner(IReadOnlyList<string> terms, bool ignoreCase)
    {
        _terms = terms.ToArray();
        _caseless = _terms.Select(t => t.Length > 0 && t.All(Cjk.IsCjk)).ToArray();
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var ascii = Enumerable.Range(0, _terms.Length).Where(i => Ascii.IsValid(_terms[i])).ToArray();
        foreach (var i in ascii)
            if (_terms[i].Length == 0 || !char.IsLetterOrDigit(_terms[i][0]))
                throw new ArgumentException($"term '{_terms[i]}' must start with a letter or digit", nameof(terms));
        var byWord = ascii.GroupBy(i => FirstWord(_terms[i]), comparer)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(i => _terms[i].Length).ToArray(), comparer);
        _byFirstWord = byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        if (ascii.Length > 0)
        {
            var firsts = ascii.SelectMany(i => ignoreCase ? [char.ToLowerInvariant(_terms[i][0]), char.ToUpperInvariant(_terms[i][0])] : new[] { _terms[i][0] }).Distinct().ToArray();
            _asciiFirst = SearchValues.Create(firsts);
            _walk = firsts.Length > 12;
        }

        var other = Enumerable.Range(0, _terms.Length).Where(i => !Ascii.IsValid(_terms[i])).ToArray();
        if (other.Length > 0)
            _otherFirst = SearchValues.Create(other.SelectMany(i => ignoreCase ? [_terms[i][0], char.ToLowerInvariant(_terms[i][0]), char.ToUpperInvariant(_terms[i][0])] : new[] { _terms[i][0] }).Distinct().ToArray());
        foreach (var group in other.GroupBy(i => Key(_terms[i][0])))
            _otherByFirst[group.Key] = group.OrderByDescending(i => _terms[i].Length).ToArray();
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
        // The next candidate of each kind is searched again only once the scan has passed it.
        int nextWord = -1, nextOther = -1;
        var at = 0;
        while (at < text.Length)
        {
            if (nextWord < at) nextWord = NextWordStart(text, at);
            if (nextOther < at) nextOther = NextOther(text, at);
            var p = Math.Min(nextWord, nextOther);
            if (p == int.MaxValue) return;
            var hit = p == nextWord ? MatchWord(text, p) : -1;
            if (hit < 0 && p == nextOther) hit = MatchOther(text, p);
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

    // The first word start at or after `from` whose first character can begin an English term.
    private int NextWordStart(ReadOnlySpan<char> text, int from)
    {
        if (_asciiFirst is null) return int.MaxValue;
        var i = from;
        while (i < text.Length)
        {
            var rel = _walk ? Walk(text, i) : text[i..].IndexOfAny(_asciiFirst);
            if (rel < 0) return int.MaxValue;
            i += rel;
            if (i == 0 || !char.IsLetterOrDigit(text[i - 1])) return i;
            // Inside a word: go on after its end.
            for (i++; i < text.Length && char.IsLetterOrDigit(text[i]); i++) { }
        }
        return int.MaxValue;
    }

    private int Walk(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
            if (_asciiFirst!.Contains(text[i])) return i - from;
        return -1;
    }

    private int NextOther(ReadOnlySpan<char> text, int from)
    {
        if (_otherFirst is null) return int.MaxValue;
        var rel = text[from..].IndexOfAny(_otherFirst);
        return rel < 0 ? int.MaxValue : from + rel;
    }

    private int MatchWord(ReadOnlySpan<char> text, int p)
    {
        var end = p;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        if (!_byFirstWord.TryGetValue(text[p..end], out var candidates)) return -1;
        foreach (var i in candidates)
        {
            var term = _terms[i];
            var termEnd = p + term.Length;
            if (termEnd > text.Length || !text.Slice(p, term.Length).Equals(term, _comparison)) continue;
            if (termEnd >= text.Length || !char.IsLetterOrDigit(text[termEnd])) return i;
        }
        return -1;
    }

    private int MatchOther(ReadOnlySpan<char> text, int p)
    {
        if (!_otherByFirst.TryGetValue(Key(text[p]), out var candidates)) return -1;
        foreach (var i in candidates)
        {
            var term = _terms[i];
            if (p + term.Length > text.Length || !text.Slice(p, term.Length).Equals(term, _caseless[i] ? StringComparison.Ordinal : _comparison)) continue;
            if (Cjk.IsCjk(term[0])) return i;
            var end = p + term.Length;
            var before = p == 0 || !char.IsLetterOrDigit(text[p - 1]);
            if (before && (end >= text.Length || !char.IsLetterOrDigit(text[end]))) return i;
        }
        return -1;
    }

    private static string FirstWord(string term)
    {
        var end = 0;
        while (end < term.Length && char.IsLetterOrDigit(term[end])) end++;
        return term[..end];
    }

    // A CJK ideograph is its own lower case; the look-up skips the culture tables for it.
    private char Key(char c) => _comparison == StringComparison.OrdinalIgnoreCase && !Cjk.IsCjk(c) ? char.ToLowerInvariant(c) : c;
}
