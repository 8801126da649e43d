using System.Buffers;

namespace Chokepoint.Evidence.Text;

/// <summary>
/// Splits text into sentences in one pass, for English and Chinese punctuation. A boundary is
/// 。！？!? (with closing quotes), a full stop followed by space and a capital, digit, quote or CJK
/// character (not after a known abbreviation such as U.S. or e.g.), a blank line, or a line break
/// that does not continue a wrapped sentence. Sentences longer than <see cref="MaxLength"/> are cut
/// so that one huge line cannot slow the rules down. Thread-safe.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Longest sentence kept whole, in characters.</summary>
    public const int MaxLength = 3000;

    private static readonly SearchValues<char> BoundaryChars = SearchValues.Create("。！？!?.\n");

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "U.S", "U.K", "U.N", "E.U", "e.g", "i.e", "Mr", "Mrs", "Ms", "Dr", "Prof", "No", "Inc", "Corp", "Ltd", "Co",
        "vs", "etc", "St", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "est", "Fig",
    };

    /// <summary>The sentences of <paramref name="text"/>, trimmed, in order; empty ones are dropped.</summary>
    public static List<Sentence> Split(string text) => [.. Enumerate(text)];

    /// <summary>
    /// The sentences of <paramref name="text"/> one at a time, as <see cref="Split"/> gives them. A caller
    /// that reads each sentence once lets its text die young instead of holding a copy of the whole document.
    /// </summary>
    public static IEnumerable<Sentence> Enumerate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Iterate(text);
    }

    private static IEnumerable<Sentence> Iterate(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i - start < MaxLength)
            {
                // Until a sentence runs long only the boundary characters matter: jump to the next one.
                var window = text.AsSpan(i, Math.Min(text.Length, start + MaxLength) - i);
                var next = window.IndexOfAny(BoundaryChars);
                if (next < 0)
                {
                    i += window.Length - 1;
                    continue;
                }
                i += next;
            }
            var c = text[i];
            int cut;
            if (c is '。' or '！' or '？' or '!' or '?') cut = AfterClosers(text, i + 1);
            else if (c == '.' && EndsSentence(text, i)) cut = AfterClosers(text, i + 1);
            else if (c == '\n' && BreaksAtNewline(text, i)) cut = i;
            else if (i - start >= MaxLength && char.IsWhiteSpace(c)) cut = i;
            else if (i - start >= MaxLength * 2) cut = i;
            else continue;
            if (Trimmed(text, start, cut) is { } sentence) yield return sentence;
            start = cut;
            i = Math.Max(i, cut - 1);
        }
        if (Trimmed(text, start, text.Length) is { } last) yield return last;
    }

    private static int AfterClosers(string text, int i)
    {
        while (i < text.Length && text[i] is '"' or '\'' or '”' or '’' or '」' or '』' or ')' or '）') i++;
        return i;
    }

    private static bool EndsSentence(string text, int dot)
    {
        if (dot + 1 >= text.Length) return true;
        var next = text[dot + 1];
        if (next is '。' or '\n' || Cjk.IsCjk(next)) return true;
        if (next != ' ' && next != '\t' && next is not '"' and not '”' and not '’' and not ')') return false;
        var j = dot + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '"' or '”' or '’' or ')') j++;
        if (j >= text.Length) return true;
        var following = text[j];
        if (!(char.IsUpper(following) || char.IsDigit(following) || following is '"' or '“' or '‘' or '\n' || Cjk.IsCjk(following))) return false;
        // The word before the dot: an abbreviation or a single initial does not end a sentence.
        var k = dot - 1;
        while (k >= 0 && (char.IsLetter(text[k]) || text[k] == '.')) k--;
        var word = text.AsSpan(k + 1, dot - k - 1);
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return !lookup.Contains(word);
    }

    // A line break ends a sentence unless it wraps one: a lower-case letter or comma before, a lower-case letter after.
    private static bool BreaksAtNewline(string text, int i)
    {
        var p = i - 1;
        while (p >= 0 && text[p] is ' ' or '\t' or '\r') p--;
        var n = i + 1;
        while (n < text.Length && text[n] is ' ' or '\t' or '\r') n++;
        if (p < 0 || n >= text.Length) return true;
        if (text[n] == '\n') return true;
        var before = text[p];
        return !((char.IsLower(before) || before is ',' or ';' or '-') && char.IsLower(text[n]));
    }

    private static Sentence? Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end > start ? new Sentence(start, end, text[start..end]) : null;
    }
}
