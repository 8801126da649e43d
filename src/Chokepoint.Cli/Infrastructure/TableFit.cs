namespace Chokepoint.Cli.Infrastructure;

/// <summary>
/// Fits a table to the terminal width before Spectre draws it. Ids (columns whose cells are single
/// tokens) keep their full width so they are never split mid-word; the text columns share what is
/// left, widest first, and a cell longer than its column is cut with an ellipsis on one line.
/// Spectre would otherwise wrap ids ("paracetamol-tablet s") or, when nothing may wrap, draw "…".
/// </summary>
internal static class TableFit
{
    /// <summary>Narrowest a text column is squeezed to, in terminal cells.</summary>
    private const int MinTextWidth = 12;

    /// <summary>Narrowest any column is squeezed to when the terminal cannot hold the ids.</summary>
    private const int MinIdWidth = 6;

    /// <summary>Rows cut to fit <paramref name="width"/> terminal cells (borders and padding included).</summary>
    public static List<string[]> Fit(IReadOnlyList<string> headers, List<string[]> rows, int width)
    {
        var n = headers.Count;
        var natural = new int[n];
        var isId = new bool[n];
        for (var c = 0; c < n; c++)
        {
            natural[c] = HeaderWidth(headers[c]);
            isId[c] = true;
            foreach (var r in rows)
            {
                natural[c] = Math.Max(natural[c], Width(r[c]));
                if (r[c].Contains(' ', StringComparison.Ordinal)) isId[c] = false;
            }
        }
        var budget = width - (3 * n + 1); // "│ " before each cell, " " after, one closing "│"
        var caps = (int[])natural.Clone();
        var excess = natural.Sum() - budget;
        // The widest text column gives way first, one cell at a time.
        // On a terminal too narrow even for the ids, they are cut too (with "…", never split over two lines).
        excess = Squeeze(caps, c => isId[c] ? int.MaxValue : Math.Max(MinTextWidth, HeaderWidth(headers[c])), excess);
        Squeeze(caps, c => Math.Max(MinIdWidth, HeaderWidth(headers[c])), excess);
        if (caps.SequenceEqual(natural)) return rows;
        return rows.Select(r => r.Select((cell, c) => Cut(cell, caps[c])).ToArray()).ToList();
    }

    /// <summary>Takes one cell at a time from the widest column above its floor until <paramref name="excess"/> is gone; returns what is left.</summary>
    private static int Squeeze(int[] caps, Func<int, int> floor, int excess)
    {
        while (excess > 0)
        {
            var widest = -1;
            for (var c = 0; c < caps.Length; c++)
                if (caps[c] > floor(c) && (widest < 0 || caps[c] > caps[widest])) widest = c;
            if (widest < 0) break;
            caps[widest]--;
            excess--;
        }
        return excess;
    }

    /// <summary><paramref name="text"/> cut to <paramref name="cells"/> terminal cells, ending in "…" when cut.</summary>
    public static string Cut(string text, int cells)
    {
        if (Width(text) <= cells) return text;
        var used = 0;
        var i = 0;
        while (i < text.Length)
        {
            var w = Width(text[i]);
            if (used + w > cells - 1) break;
            used += w;
            i++;
        }
        return string.Concat(text.AsSpan(0, i).TrimEnd(), "…");
    }

    /// <summary>
    /// <paramref name="header"/> broken between words into lines no wider than its column's widest cell (or its own longest
    /// word), so that Spectre measures the header by its lines and does not widen the column past its cells.
    /// </summary>
    public static string Header(string header, IEnumerable<string[]> rows, int column)
    {
        var width = HeaderWidth(header);
        foreach (var r in rows) width = Math.Max(width, Width(r[column]));
        var lines = new List<string>();
        var line = "";
        foreach (var word in header.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && Width(line) + 1 + Width(word) > width)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        lines.Add(line);
        return string.Join('\n', lines);
    }

    /// <summary>Cells a header needs: its longest word, as Spectre wraps headers between words.</summary>
    private static int HeaderWidth(string header)
    {
        var widest = 0;
        foreach (var word in header.Split(' ', StringSplitOptions.RemoveEmptyEntries)) widest = Math.Max(widest, Width(word));
        return widest;
    }

    private static int Width(string text)
    {
        var w = 0;
        foreach (var c in text) w += Width(c);
        return w;
    }

    /// <summary>Terminal cells of one UTF-16 unit: East Asian wide characters (CJK, Hangul, full-width forms) take two.</summary>
    private static int Width(char c) =>
        c is >= '\u1100' and <= '\u115f' or >= '\u2e80' and <= '\ua4cf' or >= '\uac00' and <= '\ud7a3'
            or >= '\uf900' and <= '\ufaff' or >= '\ufe30' and <= '\ufe4f' or >= '\uff00' and <= '\uff60' or >= '\uffe0' and <= '\uffe6' ? 2 : 1;
}
