using System.Text;

namespace Chokepoint.Evidence.Store;

/// <summary>
/// Snippets around the best hit, in time linear in the text scanned. FTS5's snippet() scores every
/// candidate window against every phrase instance, which grows with the square of the matches in a
/// document (5.6 s on a 40,000-row document, minutes on 15 MB); here each term is searched once per
/// chunk (vectorised ordinal search), at most <see cref="MaxPositionsPerTerm"/> positions per term are
/// kept, and one sliding window picks the span holding the most distinct terms (the earliest such).
/// Thread-safe (no state).
/// </summary>
internal static class Snippets
{
    /// <summary>Characters read from a document body at a time.</summary>
    public const int ChunkChars = 1 << 20;

    /// <summary>Most characters of one body scanned for a hit; past this the snippet is the document's opening.</summary>
    public const int MaxScanChars = 4 << 20;

    /// <summary>Positions kept per term in one chunk.</summary>
    public const int MaxPositionsPerTerm = 256;

    private const int Span = 120, Before = 60, Length = 240;

    /// <summary>The snippet around the best window of <paramref name="text"/>, or null when no term occurs in it.</summary>
    public static string? Around(string text, IReadOnlyList<string> terms)
    {
        var hits = new List<(int Pos, int Term)>();
        for (var t = 0; t < terms.Count; t++)
        {
            var from = 0;
            for (var n = 0; n < MaxPositionsPerTerm; n++)
            {
                var at = text.IndexOf(terms[t], from, StringComparison.OrdinalIgnoreCase);
                if (at < 0) break;
                hits.Add((at, t));
                from = at + terms[t].Length;
            }
        }
        if (hits.Count == 0) return null;
        hits.Sort((a, b) => a.Pos != b.Pos ? a.Pos.CompareTo(b.Pos) : a.Term.CompareTo(b.Term));
        // Sliding window over the sorted positions: the left end whose Span holds the most distinct terms.
        var counts = new int[terms.Count];
        var (distinct, best, bestLeft, right) = (0, 0, 0, 0);
        for (var left = 0; left < hits.Count; left++)
        {
            while (right < hits.Count && hits[right].Pos < hits[left].Pos + Span)
                if (counts[hits[right++].Term]++ == 0) distinct++;
            if (distinct > best) (best, bestLeft) = (distinct, left);
            if (--counts[hits[left].Term] == 0) distinct--;
        }
        return Cut(text, hits[bestLeft].Pos, terms);
    }

    /// <summary>The opening of <paramref name="text"/> as a snippet (no hit to centre on).</summary>
    public static string Opening(string text) => Cut(text, 0, []);

    private static string Cut(string text, int anchor, IReadOnlyList<string> terms)
    {
        var start = Math.Max(0, anchor - Before);
        var end = Math.Min(text.Length, start + Length);
        // Start and end on a word boundary when one lies between the cut and the hit.
        if (start > 0 && text.IndexOf(' ', start, anchor - start) is var sp and >= 0) start = sp + 1;
        if (end < text.Length && end > anchor && text.LastIndexOf(' ', end - 1, end - anchor) is var ep and > 0 && ep > anchor) end = ep;
        var sb = new StringBuilder(end - start + 16);
        if (start > 0) sb.Append('…');
        Mark(sb, text.AsSpan(start, end - start), terms);
        if (end < text.Length) sb.Append('…');
        return sb.ToString().ReplaceLineEndings(" ");
    }

    // Marks every occurrence of a term between « and », longest term first at each position.
    private static void Mark(StringBuilder sb, ReadOnlySpan<char> window, IReadOnlyList<string> terms)
    {
        var i = 0;
        while (i < window.Length)
        {
            var len = 0;
            foreach (var t in terms)
                if (t.Length > len && window[i..].StartsWith(t, StringComparison.OrdinalIgnoreCase)) len = t.Length;
            if (len == 0)
            {
                sb.Append(window[i++]);
                continue;
            }
            sb.Append('«').Append(window.Slice(i, len)).Append('»');
            i += len;
        }
    }
}
