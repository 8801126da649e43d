using System.Text;

namespace Chokepoint.Cli.Infrastructure;

/// <summary>
/// Text made safe for a terminal. File names, titles and query text come from users and documents;
/// printed raw, an escape sequence in them ("\x1b]0;…\x07") rewrites the terminal title or worse.
/// C0 and C1 control characters, DEL and the bidirectional overrides are dropped; tabs and line
/// breaks become one space so a cell stays on its line.
/// </summary>
internal static class SafeText
{
    /// <summary><paramref name="text"/> without control characters (line breaks and tabs become spaces).</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var i = 0;
        while (i < text.Length && !IsUnsafe(text[i])) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r') { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); }
            else if (!IsUnsafe(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary><see cref="Clean"/>ed and cut to <paramref name="max"/> characters with "…", for quoting user input in messages.</summary>
    public static string Clip(string? text, int max = 80)
    {
        var clean = Clean(text).Trim();
        return clean.Length <= max ? clean : string.Concat(clean.AsSpan(0, max - 1), "…");
    }

    private static bool IsUnsafe(char c) =>
        c < 0x20 || c is >= '\u007f' and <= '\u009f' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';
}
