using System.Globalization;

namespace Chokepoint.Application.Tables;

/// <summary>
/// The words of numbered references in a table: "[3]" in an <see cref="CellKind.Anchor"/> cell, "[1] [3]" in a
/// <see cref="CellKind.Reference"/> cell. The handlers write them and the web reads them back to link each to its row.
/// </summary>
public static class References
{
    /// <summary>One reference, "[3]".</summary>
    public static string Cell(int number) => $"[{number.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>References in order, "[1] [3]"; empty for none.</summary>
    public static string Cell(IEnumerable<int> numbers) => string.Join(" ", numbers.Select(Cell));

    /// <summary>
    /// The parts of a cell in order: each "[n]" with its number, every other run of text with null. Concatenating the
    /// texts gives the cell back.
    /// </summary>
    public static IReadOnlyList<(string Text, int? Number)> Split(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var parts = new List<(string, int?)>();
        var start = 0;
        var i = 0;
        while (i < cell.Length)
        {
            var close = cell[i] == '[' ? cell.IndexOf(']', i + 1) : -1;
            if (close > i + 1 && int.TryParse(cell.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                if (i > start) parts.Add((cell[start..i], null));
                parts.Add((cell[i..(close + 1)], n));
                i = start = close + 1;
            }
            else i++;
        }
        if (start < cell.Length) parts.Add((cell[start..], null));
        return parts;
    }

    /// <summary>The number of an anchor cell that holds exactly one reference ("[3]"), or null.</summary>
    public static int? Number(string cell) => Split(cell) is [(_, { } n)] ? n : null;
}
