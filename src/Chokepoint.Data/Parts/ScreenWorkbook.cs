using MiniExcelLibs;

namespace Chokepoint.Data.Parts;

/// <summary>Writes a screen's results as an .xlsx workbook (MiniExcel): a results sheet and a sheet of the measures cited.</summary>
public static class ScreenWorkbook
{
    /// <summary>Writes the workbook to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<string> resultColumns, IEnumerable<IReadOnlyList<object?>> results,
        IReadOnlyList<string> measureColumns, IEnumerable<IReadOnlyList<object?>> measures)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var sheets = new Dictionary<string, object>
        {
            ["results"] = Rows(resultColumns, results),
            ["measures"] = Rows(measureColumns, measures),
        };
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
    }

    /// <summary>Writes the workbook to <paramref name="path"/> through a staged file renamed into place, so no half-written file is left.</summary>
    public static void WriteFile(string path, IReadOnlyList<string> resultColumns, IEnumerable<IReadOnlyList<object?>> results,
        IReadOnlyList<string> measureColumns, IEnumerable<IReadOnlyList<object?>> measures)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var staged = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = File.Create(staged)) Write(file, resultColumns, results, measureColumns, measures);
            File.Move(staged, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(staged)) File.Delete(staged);
        }
    }

    // Rows as dictionaries (MiniExcel writes their keys as the header), produced lazily so large results stream out.
    private static IEnumerable<Dictionary<string, object?>> Rows(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        foreach (var row in rows)
        {
            var d = new Dictionary<string, object?>(columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++) d[columns[i]] = row[i];
            yield return d;
        }
    }
}
