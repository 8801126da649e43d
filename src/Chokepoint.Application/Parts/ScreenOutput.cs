using System.Globalization;
using Chokepoint.Contracts;
using Chokepoint.Data.Parts;
using CsvHelper;

namespace Chokepoint.Application.Parts;

/// <summary>A screen's results as the files every surface offers: CSV (one row per part) and XLSX (results and measures sheets).</summary>
public static class ScreenOutput
{
    /// <summary>The media type of an .xlsx workbook.</summary>
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Writes the results as CSV, the columns of <see cref="ScreenPartJson.Columns"/>; <paramref name="clean"/> filters each text cell (e.g. control characters for a terminal).</summary>
    public static void WriteCsv(TextWriter writer, IReadOnlyList<ScreenPartJson> parts, Func<string, string>? clean = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(parts);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var c in ScreenPartJson.Columns) csv.WriteField(c);
        csv.NextRecord();
        foreach (var p in parts)
        {
            foreach (var v in p.Flat())
            {
                var text = ScreenPartJson.Text(v);
                csv.WriteField(clean is null ? text : clean(text));
            }
            csv.NextRecord();
        }
    }

    /// <summary>Writes the results workbook: a "results" sheet (one row per part) and a "measures" sheet (the measures cited).</summary>
    public static void WriteXlsx(Stream stream, ScreenAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ScreenWorkbook.Write(stream, ScreenPartJson.Columns, answer.Json.Select(p => p.Flat()), ScreenMeasureRow.Columns, answer.Measures.Select(m => m.Flat()));
    }

    /// <summary>Writes the workbook to <paramref name="path"/> through a staged file renamed into place.</summary>
    public static void WriteXlsxFile(string path, ScreenAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ScreenWorkbook.WriteFile(path, ScreenPartJson.Columns, answer.Json.Select(p => p.Flat()), ScreenMeasureRow.Columns, answer.Measures.Select(m => m.Flat()));
    }
}
