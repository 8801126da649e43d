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
        if (!HasCjk(text)) return text;
        var sb = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            sb.Append(c);
            if (IsCjk(c)) sb.Append(' ');
        }
        return sb.ToString();
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
