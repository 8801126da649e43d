using System.Globalization;
using Chokepoint.Model.Macro;

namespace Chokepoint.Data.Mrio;

/// <summary>
/// Reads one tab-separated MRIO table as pandas writes and reads it (pymrio's text layout): a number of
/// header rows (one per column level, its name in the first cell), optionally a row with the index names
/// and no values, then one row per key with the index cells first. Every value must be a finite number.
/// </summary>
public static class MrioTableFile
{
    /// <summary>Reads a table with <paramref name="indexColumns"/> index columns and <paramref name="headerRows"/> header rows.</summary>
    /// <param name="path">The file.</param>
    /// <param name="indexColumns">Index (label) columns at the start of each row, ≥ 1.</param>
    /// <param name="headerRows">Header rows at the top, one per column level, ≥ 1.</param>
    /// <param name="rowNames">Names of the row levels used when the file names none (raw files).</param>
    /// <param name="columnNames">Names of the column levels used when the file names none.</param>
    /// <exception cref="MrioFormatException">The file is missing or malformed; the message says where and what was expected.</exception>
    public static MrioMatrix Read(string path, int indexColumns, int headerRows, IReadOnlyList<string>? rowNames = null, IReadOnlyList<string>? columnNames = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(indexColumns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(headerRows, 1);
        string[] lines;
        try { lines = File.ReadAllLines(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new MrioFormatException($"{path}: cannot read ({ex.Message.TrimEnd('.')}); expected a tab-separated MRIO table", ex);
        }
        var name = Path.GetFileName(path);
        if (lines.Length < headerRows) throw new MrioFormatException($"{name}: {lines.Length} lines; expected {headerRows} header rows and data");
        var header = new string[headerRows][];
        for (var i = 0; i < headerRows; i++) header[i] = lines[i].Split('\t');
        var width = header[0].Length;
        if (width <= indexColumns) throw new MrioFormatException($"{name}:1: {width} cells; expected {indexColumns} index columns and at least one value column");
        for (var i = 1; i < headerRows; i++)
            if (header[i].Length != width) throw new MrioFormatException($"{name}:{i + 1}: {header[i].Length} cells; expected {width} as in line 1");
        var columnCount = width - indexColumns;
        var colLevels = new string[headerRows];
        var colKeys = new IReadOnlyList<string>[columnCount];
        for (var c = 0; c < columnCount; c++)
        {
            var key = new string[headerRows];
            for (var i = 0; i < headerRows; i++) key[i] = header[i][indexColumns + c];
            colKeys[c] = key;
        }
        for (var i = 0; i < headerRows; i++)
            colLevels[i] = header[i][0].Length > 0 ? header[i][0] : columnNames is { } cn && i < cn.Count ? cn[i] : "";
        var rowLevels = rowNames?.ToArray() ?? new string[indexColumns];
        for (var i = 0; i < indexColumns; i++) rowLevels[i] ??= "";
        if (rowLevels.Length != indexColumns) throw new ArgumentException($"{rowLevels.Length} row level names for {indexColumns} index columns", nameof(rowNames));
        var first = headerRows;
        if (first < lines.Length && IsIndexNameRow(lines[first].Split('\t'), indexColumns))
        {
            var cells = lines[first].Split('\t');
            for (var i = 0; i < indexColumns; i++) rowLevels[i] = cells[i];
            first++;
        }
        var keys = new List<IReadOnlyList<string>>();
        var values = new List<double>();
        for (var l = first; l < lines.Length; l++)
        {
            if (lines[l].Length == 0) continue;
            var cells = lines[l].Split('\t');
            if (cells.Length != width) throw new MrioFormatException($"{name}:{l + 1}: {cells.Length} cells; expected {width} ({indexColumns} labels and {columnCount} values) as in the header");
            keys.Add(cells[..indexColumns]);
            for (var c = indexColumns; c < width; c++) values.Add(Number(name, l + 1, c + 1, cells[c]));
        }
        if (keys.Count == 0) throw new MrioFormatException($"{name}: no data rows; expected one row per label after the {headerRows} header rows");
        return new MrioMatrix(new MrioLabels(rowLevels, keys), new MrioLabels(colLevels, colKeys), [.. values]);
    }

    private static bool IsIndexNameRow(string[] cells, int indexColumns)
    {
        var anyName = false;
        for (var i = 0; i < cells.Length; i++)
        {
            if (i < indexColumns) anyName |= cells[i].Length > 0;
            else if (cells[i].Length > 0) return false;
        }
        return anyName;
    }

    private static double Number(string file, int line, int column, string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
        throw new MrioFormatException($"{file}:{line}:{column}: '{text}' is not a finite number; expected a value such as 1234.5 or 1.2e-05");
    }
}
