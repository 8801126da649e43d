using System.Globalization;
using Chokepoint.Data.Diagnostics;
using CsvHelper;
using CsvHelper.Configuration;

namespace Chokepoint.Data.Csv;

/// <summary>One data row of a CSV file with the line it starts on.</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// A CSV file parsed by CsvHelper into a header and rows, with structural problems (bad quotes,
/// wrong column counts, missing columns) reported as diagnostics. Rows with the wrong column count
/// are reported and dropped so that typed reading never sees them.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++) _columns.TryAdd(header[i], i);
    }

    /// <summary>The file name shown in diagnostics.</summary>
    public string File { get; }
    /// <summary>Column names.</summary>
    public IReadOnlyList<string> Header { get; }
    /// <summary>Data rows that have the header's column count.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>0-based index of <paramref name="column"/>; -1 when absent.</summary>
    public int IndexOf(string column) => _columns.TryGetValue(column, out var i) ? i : -1;

    /// <summary>
    /// Parses <paramref name="text"/>; reports structural problems and every missing column in
    /// <paramref name="required"/>. Returns null when the file cannot be read as a table.
    /// </summary>
    public static CsvTable? Parse(string file, string text, IReadOnlyList<string> required, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(file, 0, 0, $"file is empty; expected a header row with columns {string.Join(",", required)}");
            return null;
        }
        var badLines = new HashSet<int>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
            BadDataFound = args =>
            {
                var line = args.Context.Parser?.RawRow ?? 0;
                if (badLines.Add(line))
                    diagnostics.Error(file, line, 0, $"malformed CSV near '{Clip(args.RawRecord)}': a quote inside an unquoted field, or an unbalanced quote; expected RFC 4180 quoting (\"a, b\")");
            },
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, config);
        List<string>? header = null;
        var headerLine = 1;
        var rows = new List<CsvRow>();
        // A record's line is counted from its character offset: RawRow counts skipped blank lines
        // but RawRecord does not contain them, so deriving the start from the previous end was off.
        var scanned = 0;
        var currentLine = 1;
        while (Read(parser, file, diagnostics))
        {
            var record = parser.Record ?? [];
            var end = parser.RawRow;
            var offset = Math.Max(0, (int)parser.CharCount - parser.RawRecord.Length);
            for (; scanned < offset && scanned < text.Length; scanned++)
                if (text[scanned] == '\n') currentLine++;
            var start = currentLine;
            if (record.Any(f => f.Contains('\n', StringComparison.Ordinal)))
            {
                diagnostics.Error(file, start, 0, $"a quoted field runs from line {start} to line {end}; expected every field on one line (unbalanced quote?)");
                continue;
            }
            if (header is null)
            {
                header = record.Select(h => h.Trim()).ToList();
                headerLine = start;
                continue;
            }
            if (record.Length != header.Count)
            {
                diagnostics.Error(file, start, Math.Min(record.Length, header.Count) + 1,
                    $"row has {record.Length} fields; expected {header.Count} ({ShownHeader(header)})");
                continue;
            }
            rows.Add(new CsvRow(start, record));
        }
        if (header is null)
        {
            diagnostics.Error(file, 0, 0, $"file has no header row; expected columns {string.Join(",", required)}");
            return null;
        }
        var table = new CsvTable(file, header, rows);
        var missing = required.Where(c => table.IndexOf(c) < 0).ToList();
        foreach (var column in missing)
            diagnostics.Error(file, headerLine, 0, $"missing required column '{column}'; header is '{ShownHeader(header)}', expected at least {string.Join(",", required)}");
        return missing.Count > 0 ? null : table;
    }

    private static bool Read(CsvParser parser, string file, DiagnosticBag diagnostics)
    {
        try
        {
            return parser.Read();
        }
        catch (CsvHelperException ex)
        {
            diagnostics.Error(file, parser.RawRow, 0, $"malformed CSV: {ex.Message.Split('\n')[0]}");
            return false;
        }
    }

    private static string Clip(string s) => Shown.Clip(s, 60);

    private static string ShownHeader(IEnumerable<string> header) => Shown.Clip(string.Join(",", header), 200);
}
