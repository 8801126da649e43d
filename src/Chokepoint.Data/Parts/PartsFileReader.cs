using System.Globalization;
using Chokepoint.Model;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Chokepoint.Data.Parts;

/// <summary>
/// Reads a parts list from CSV (CsvHelper) or XLSX (MiniExcel, first sheet), streaming row by row: the file is never held
/// whole in memory. Every cell is checked; problems name the row and the column as the file names it.
/// </summary>
public static class PartsFileReader
{
    /// <summary>Most rows a parts list may have.</summary>
    public const int MaxRows = 1_000_000;

    /// <summary>Most problems kept for the report (all are counted).</summary>
    public const int MaxProblems = 100;

    /// <summary>Reads <paramref name="stream"/> as <paramref name="format"/> ("csv" or "xlsx").</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="format">csv or xlsx.</param>
    /// <param name="columns">Which header holds each field.</param>
    /// <param name="isCountry">True for a known ISO3 code.</param>
    public static PartsReadResult Read(Stream stream, string format, PartsColumns columns, Func<string, bool> isCountry)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(isCountry);
        var sink = new Sink(columns, isCountry);
        if (format == "xlsx") ReadXlsx(stream, sink);
        else ReadCsv(stream, sink);
        return new PartsReadResult(sink.Rows, sink.Problems, sink.ProblemCount);
    }

    /// <summary>csv or xlsx for a file name, or null when the extension is neither.</summary>
    public static string? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" or ".txt" => "csv",
        ".xlsx" => "xlsx",
        _ => null,
    };

    private static void ReadCsv(Stream stream, Sink sink)
    {
        using var text = new StreamReader(stream, leaveOpen: true);
        using var csv = new CsvParser(text, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, DetectDelimiter = true });
        var row = 0;
        while (csv.Read())
        {
            row++;
            var record = csv.Record ?? [];
            if (row == 1) { if (!sink.Header(record, i => $"({i + 1})")) return; continue; }
            if (!sink.Row(row, record)) return;
        }
        if (row == 0) sink.Problem(1, "", "the file is empty; expected a header row such as " + string.Join(",", PartsColumns.Fields));
    }

    private static void ReadXlsx(Stream stream, Sink sink)
    {
        var row = 0;
        IEnumerable<dynamic> rows;
        try
        {
            rows = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or NotSupportedException)
        {
            sink.Problem(1, "", $"not a readable .xlsx workbook ({ex.Message.TrimEnd('.')}); expected an Excel 2007+ file");
            return;
        }
        int width = 0;
        try
        {
            foreach (IDictionary<string, object?> cells in rows)
            {
                row++;
                if (row == 1) width = cells.Count;
                var record = new string[Math.Max(width, cells.Count)];
                var i = 0;
                foreach (var cell in cells.Values)
                {
                    if (i >= record.Length) break;
                    record[i++] = cell switch
                    {
                        null => "",
                        double d => d.ToString("R", CultureInfo.InvariantCulture),
                        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        var o => o.ToString() ?? "",
                    };
                }
                if (row == 1) { if (!sink.Header(record, Letter)) return; continue; }
                if (!sink.Row(row, record)) return;
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or NotSupportedException or System.Xml.XmlException)
        {
            sink.Problem(row + 1, "", $"the workbook cannot be read past row {row} ({ex.Message.TrimEnd('.')}); expected an Excel 2007+ file");
        }
        if (row == 0) sink.Problem(1, "", "the sheet is empty; expected a header row such as " + string.Join(",", PartsColumns.Fields));
    }

    private static string Letter(int index)
    {
        var s = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return $"({s})";
    }

    /// <summary>Collects rows and problems; knows where each field sits once the header is read.</summary>
    private sealed class Sink(PartsColumns columns, Func<string, bool> isCountry)
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _label = new(StringComparer.Ordinal);

        public List<PartRow> Rows { get; } = [];
        public List<PartsProblem> Problems { get; } = [];
        public int ProblemCount { get; private set; }

        public void Problem(int row, string column, string message)
        {
            ProblemCount++;
            if (Problems.Count < MaxProblems) Problems.Add(new PartsProblem(row, column, message));
        }

        public bool Header(string[] header, Func<int, string> place)
        {
            var names = header.Select(h => (h ?? "").Trim().TrimStart('\uFEFF')).ToList();
            foreach (var field in PartsColumns.Fields)
            {
                var wanted = columns.HeaderOf(field);
                var i = names.FindIndex(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
                if (i >= 0) { _index[field] = i; _label[field] = $"'{names[i]}' {place(i)}"; }
                else if (PartsColumns.Required.Contains(field))
                    Problem(1, "", $"no column '{wanted}' for the field '{field}'; the header has {string.Join(", ", names.Select(n => $"'{n}'"))} (map yours with --map {field}=YOUR HEADER)");
            }
            return PartsColumns.Required.All(_index.ContainsKey);
        }

        public bool Row(int row, string[] record)
        {
            if (record.All(string.IsNullOrWhiteSpace)) return true;
            if (row - 1 > MaxRows)
            {
                Problem(row, "", $"the list has more than {MaxRows:N0} rows; split it into smaller files");
                return false;
            }
            var part = Text(record, "part");
            var code = Text(record, "code");
            var origin = Text(record, "origin").ToUpperInvariant();
            var supplierCountry = Text(record, "supplier_country").ToUpperInvariant();
            var ok = true;
            if (part.Length == 0) ok = Fail(row, "part", "empty part number; expected a value");
            var normalized = CodeNames.Normalize(code);
            if (code.Length == 0) ok = Fail(row, "code", "empty code; expected an HS or national tariff code (4 to 10 digits) or a control-list number such as 3A090");
            else if (!CodeNames.IsTariffShape(normalized) && !CodeNames.IsListShape(normalized))
                ok = Fail(row, "code", $"'{Clip(code)}' is not a code; expected an HS or national tariff code (4 to 10 digits, e.g. 850511 or 8505.11.00.70) or a control-list number (e.g. 3A090)");
            if (origin.Length == 0) ok = Fail(row, "origin", "empty origin; expected an ISO3 country code such as CHN");
            else if (!isCountry(origin)) ok = Fail(row, "origin", $"'{Clip(origin)}' is not a country of the dataset; expected an ISO3 code such as CHN, JPN, DEU");
            if (supplierCountry.Length > 0 && !isCountry(supplierCountry))
                ok = Fail(row, "supplier_country", $"'{Clip(supplierCountry)}' is not a country of the dataset; expected an ISO3 code or nothing");
            var quantity = Number(row, record, "quantity_per_year", 1e15, ref ok);
            var stock = Number(row, record, "stock_days", 36500, ref ok);
            var endUse = Text(record, "end_use").ToLowerInvariant();
            if (endUse.Length > 0 && !Names.EndUses.Contains(endUse))
                ok = Fail(row, "end_use", $"'{Clip(endUse)}' is not an end use; expected one of {string.Join(", ", Names.EndUses)}, or nothing when unknown");
            if (ok)
                Rows.Add(new PartRow(row, part, normalized, origin)
                {
                    Description = Text(record, "description"), Supplier = Text(record, "supplier"), SupplierCountry = supplierCountry,
                    QuantityPerYear = quantity, StockDays = stock, EndUse = endUse,
                });
            return true;
        }

        private double? Number(int row, string[] record, string field, double max, ref bool ok)
        {
            var text = Text(record, field);
            if (text.Length == 0) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= 0 && v <= max) return v;
            ok = Fail(row, field, $"'{Clip(text)}' is not a number from 0 to {max.ToString("G", CultureInfo.InvariantCulture)}");
            return null;
        }

        private string Text(string[] record, string field) =>
            _index.TryGetValue(field, out var i) && i < record.Length ? (record[i] ?? "").Trim() : "";

        private bool Fail(int row, string field, string message)
        {
            Problem(row, _label.GetValueOrDefault(field, $"'{field}'"), message);
            return false;
        }

        private static string Clip(string s) => s.Length <= 40 ? s : string.Concat(s.AsSpan(0, 39), "…");
    }
}
