using Chokepoint.Application.Tables;
using Spectre.Console;

namespace Chokepoint.Cli.Infrastructure;

/// <summary>
/// Fits a table to the terminal width before Spectre draws it, and never cuts a number, an id or a date: columns of
/// numbers, ids, items, measures (and any column whose cells are single tokens) keep their full width on one line;
/// the text columns, and item or status columns with cells of several words (a list of items, "unverified (in_force if
/// unchanged)"), share what is left and wrap between words (a list of ids after each ", "), widest first, never
/// narrower than their longest number or id (<see cref="KeptWhole"/>); only a plain word longer than its column is cut.
/// When even that does not fit (after the table's optional columns are left out), the table is shown as records (one
/// "column: value" line each).
/// Cell widths come from Spectre (East Asian wide characters take two cells).
/// </summary>
internal static class TableFit
{
    /// <summary>Narrowest a text column is squeezed to, in terminal cells.</summary>
    private const int MinTextWidth = 12;

    /// <summary>Column widths (terminal cells) that fit <paramref name="width"/>, and which columns wrap; null when only records fit.</summary>
    public static Layout? Fit(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, Func<int, CellKind> kind, int width)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(kind);
        var n = headers.Count;
        var natural = new int[n];
        var floor = new int[n];
        var wraps = new bool[n];
        for (var c = 0; c < n; c++)
        {
            natural[c] = HeaderWidth(headers[c]);
            var single = true;
            foreach (var r in rows)
            {
                natural[c] = Math.Max(natural[c], CellWidth(r[c]));
                if (r[c].Contains(' ', StringComparison.Ordinal)) single = false;
            }
            wraps[c] = (kind(c) is CellKind.Text or CellKind.Snippet or CellKind.Reference or CellKind.Item or CellKind.Status) && !single;
            var longestWhole = rows.SelectMany(r => r[c].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(KeptWhole).Select(t => t.GetCellWidth()).DefaultIfEmpty(0).Max();
            floor[c] = wraps[c] ? Math.Min(natural[c], Math.Max(Math.Max(MinTextWidth, HeaderWidth(headers[c])), longestWhole)) : natural[c];
        }
        var budget = width - (3 * n + 1); // "│ " before each cell, " " after, one closing "│"
        if (floor.Sum() > budget) return null;
        var caps = (int[])natural.Clone();
        var excess = natural.Sum() - budget;
        // The widest wrapping column gives way first, one cell at a time.
        while (excess > 0)
        {
            var widest = -1;
            for (var c = 0; c < n; c++)
                if (caps[c] > floor[c] && (widest < 0 || caps[c] > caps[widest])) widest = c;
            if (widest < 0) break;
            caps[widest]--;
            excess--;
        }
        return new Layout(caps, wraps);
    }

    /// <summary>
    /// <paramref name="header"/> broken between words into lines no wider than <paramref name="width"/> (or its own longest
    /// word), so that Spectre measures the header by its lines and does not widen the column past its cells.
    /// </summary>
    public static string Header(string header, int width)
    {
        ArgumentNullException.ThrowIfNull(header);
        return string.Join('\n', Wrap(header, Math.Max(width, HeaderWidth(header))));
    }

    /// <summary><paramref name="text"/> broken between words into lines of at most <paramref name="width"/> cells; a longer word stays whole on its own line.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.GetCellWidth() + 1 + word.GetCellWidth() > width)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        return lines;
    }

    /// <summary>
    /// Whether a word of a text cell must stay whole: a number, date or code (it holds a digit) or an id such as
    /// "natural-flake-graphite," in a list of ids (letters joined by '-' or '_'). Other words are cut only when a column
    /// cannot be as wide as them.
    /// </summary>
    internal static bool KeptWhole(string word)
    {
        if (word.Any(char.IsAsciiDigit)) return true;
        var core = word.TrimEnd(',', ';', '.', ':', ')').TrimStart('(');
        for (var i = 1; i < core.Length - 1; i++)
            if (core[i] is '-' or '_' && char.IsLetterOrDigit(core[i - 1]) && char.IsLetterOrDigit(core[i + 1])) return true;
        return false;
    }

    /// <summary>
    /// <paramref name="row"/> with each number cell that holds several values ("92.9% if extended; 94.8% if recorded
    /// end dates hold") stacked one value a line, so a table too wide with them on one line can still fit; null when no
    /// cell changes.
    /// </summary>
    public static string[]? StackValues(string[] row, Func<int, CellKind> kind)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(kind);
        string[]? stacked = null;
        for (var c = 0; c < row.Length; c++)
        {
            if (kind(c) != CellKind.Number || !row[c].Contains("; ", StringComparison.Ordinal)) continue;
            stacked ??= (string[])row.Clone();
            stacked[c] = row[c].Replace("; ", ";\n", StringComparison.Ordinal);
        }
        return stacked;
    }

    /// <summary>Cells a cell needs: its widest line.</summary>
    private static int CellWidth(string cell) =>
        cell.Contains('\n', StringComparison.Ordinal) ? cell.Split('\n').Max(l => l.GetCellWidth()) : cell.GetCellWidth();

    /// <summary>Cells a header needs: its longest word, as Spectre wraps headers between words.</summary>
    private static int HeaderWidth(string header) =>
        header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.GetCellWidth()).DefaultIfEmpty(0).Max();
}

/// <summary>The width of each column in terminal cells and whether it wraps.</summary>
internal sealed record Layout(int[] Widths, bool[] Wraps);
