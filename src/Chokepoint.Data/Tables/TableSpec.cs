using Chokepoint.Data.Csv;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Data.Sources;
using Chokepoint.Model;

namespace Chokepoint.Data.Tables;

/// <summary>
/// How one CSV file of the dataset is read: its name, required columns, the mapping of a row to a
/// record, and the key that must be unique within a file and that an overlay (--with) replaces.
/// </summary>
public sealed record TableSpec<T>(
    string FileName,
    bool Required,
    IReadOnlyList<string> Columns,
    Func<RowReader, Origin, T?> Map,
    Func<T, string> Key,
    string KeyDescription) where T : class
{
    /// <summary>Reads the file from <paramref name="source"/>, within <paramref name="budget"/> when given; every problem goes to <paramref name="diagnostics"/>. Absent optional file → empty.</summary>
    public IReadOnlyList<T> Read(IDataSource source, DiagnosticBag diagnostics, ReadBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var text = GuardedText.Read(source, FileName, diagnostics, Required, budget);
        return text is null ? [] : ReadText(source.PathOf(FileName), text, diagnostics);
    }

    /// <summary>Reads <paramref name="text"/> in this table's layout, shown as <paramref name="shown"/> in diagnostics (e.g. a file given on the command line).</summary>
    public IReadOnlyList<T> ReadText(string shown, string text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var table = CsvTable.Parse(shown, text, Columns, diagnostics);
        if (table is null) return [];
        diagnostics.RememberColumns(shown, Columns, table.IndexOf);
        var result = new List<T>(table.Rows.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var reader = new RowReader(table, row, diagnostics);
            var record = Map(reader, new Origin(shown, row.Line));
            if (record is null || reader.Failed) continue;
            var key = Key(record);
            if (seen.TryGetValue(key, out var firstLine))
            {
                diagnostics.Error(shown, row.Line, 1, $"duplicate {KeyDescription} '{key}' (first on line {firstLine}); expected each key once per file");
                continue;
            }
            seen[key] = row.Line;
            result.Add(record);
        }
        return result;
    }
}
