using System.Buffers;
using System.Text;

namespace Chokepoint.Evidence.Text;

/// <summary>
/// CJK helpers. SQLite's unicode61 tokenizer treats a run of Chinese characters as one token, so
/// search indexes a copy of the text with a space after every CJK character and rewrites queries
/// the same way; snippets are folded back before they are shown.
/// </summary>
public static class Cjk
{
    /// <summary>True for CJK ideographs (the unified block and extension A).</summary>
    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>True when <paramref name="text"/> holds a CJK ideograph.</summary>
    public static bool HasCjk(ReadOnlySpan<char> text) => text.ContainsAnyInRange('\u4E00', '\u9FFF') || text.ContainsAnyInRange('\u3400', '\u4DBF');

    /// <summary>The text with a space after each CJK ideograph (unchanged when it has none).</summary>
    public static string Spaced(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ideographs = CountIdeographs(text);
        return ideographs == 0 ? text : string.Create(text.Length + ideographs, text, static (dest, t) => WriteSpaced(t, dest));
    }

    /// <summary>
    /// Writes <paramref name="text"/> with a space after each CJK ideograph into a buffer rented from
    /// <paramref name="pool"/> (so that a 20 MB body costs no fresh allocation); returns the buffer and
    /// the length written. The caller returns the buffer to the pool.
    /// </summary>
    public static (char[] Buffer, int Length) SpacedInto(ReadOnlySpan<char> text, ArrayPool<char> pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var length = text.Length + CountIdeographs(text);
        var buffer = pool.Rent(Math.Max(1, length));
        WriteSpaced(text, buffer);
        return (buffer, length);
    }

    private static int CountIdeographs(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var rest = text; NextIdeograph(rest) is var i and >= 0; rest = rest[(i + 1)..]) count++;
        return count;
    }

    // Copies whole runs between ideographs (vectorised search for the next one) and a space after each ideograph.
    private static void WriteSpaced(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
        for (var rest = text; rest.Length > 0;)
        {
            var i = NextIdeograph(rest);
            var run = i < 0 ? rest : rest[..(i + 1)];
            run.CopyTo(destination[written..]);
            written += run.Length;
            if (i < 0) return;
            destination[written++] = ' ';
            rest = rest[(i + 1)..];
        }
    }

    private static int NextIdeograph(ReadOnlySpan<char> text)
    {
        var main = text.IndexOfAnyInRange('\u4E00', '\u9FFF');
        var extA = text[..(main < 0 ? text.Length : main)].IndexOfAnyInRange('\u3400', '\u4DBF');
        return extA >= 0 ? extA : main;
    }

    /// <summary>Removes the spaces <see cref="Spaced"/> added (a space after a CJK ideograph).</summary>
    public static string Unspaced(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasCjk(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            sb.Append(text[i]);
            if (IsCjk(text[i]) && i + 1 < text.Length && text[i + 1] == ' ') i++;
        }
        return sb.ToString();
    }
}
