using System.Globalization;
using System.Text.Json;
using Chokepoint.Application.Tables;
using Table = Chokepoint.Application.Tables.Table;
using CsvHelper;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Chokepoint.Cli.Infrastructure;

/// <summary>Writes a command's result in the chosen format: a Spectre table, snake_case JSON, or CSV.</summary>
internal sealed class Renderer(TextWriter output, OutputFormat format, int? width = null)
{
    /// <summary>The contracts' serializer settings (shared with the web API).</summary>
    public static readonly JsonSerializerOptions Json = Contracts.ContractJson.Options;

    /// <summary>Renders an answer of the application layer: its contract for --format json, its tables otherwise.</summary>
    public void Write<T>(Chokepoint.Application.Answer<T> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Write(answer.Json!, [.. answer.Tables]);
    }

    /// <summary>Renders <paramref name="json"/> for --format json and the tables otherwise.</summary>
    public void Write(object json, params Table[] tables)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(tables);
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(json, json.GetType(), Json));
                break;
            case OutputFormat.Csv:
                WriteCsv(tables);
                break;
            default:
                foreach (var t in tables) WriteTable(t);
                break;
        }
    }

    private void WriteCsv(Table[] tables)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        for (var i = 0; i < tables.Length; i++)
        {
            if (i > 0) { csv.NextRecord(); }
            foreach (var c in tables[i].Columns) csv.WriteField(Snake(c));
            csv.NextRecord();
            foreach (var row in tables[i].Rows)
            {
                // Numeric columns are written as plain numbers for scripts: no % sign, no thousands separator. Text cells come
                // from documents and users: control characters (terminal escapes) are dropped as in every other format.
                for (var c = 0; c < row.Length; c++)
                    csv.WriteField(tables[i].KindOf(c) == CellKind.Number ? row[c].Replace("%", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal) : SafeText.Clean(row[c]));
                csv.NextRecord();
            }
        }
        csv.Flush();
    }

    private void WriteTable(Table t)
    {
        var console = Console(output, width);
        var title = SafeText.Clean(t.Title);
        if (t.Rows.Count == 0)
        {
            console.MarkupLineInterpolated($"[bold]{title}[/]: {SafeText.Clean(t.EmptyText)}");
        }
        else
        {
            var rows = t.Rows.Select(r => Array.ConvertAll(r, SafeText.Clean)).ToList();
            var shown = Enumerable.Range(0, t.Columns.Count).ToList();
            var layout = TableFit.Fit(t.Columns, rows, t.KindOf, console.Profile.Width);
            // Too wide with several values in a number cell on one line: stack them, one value a line.
            if (layout is null && rows.Select(r => TableFit.StackValues(r, t.KindOf)).ToList() is var stacked && stacked.Any(r => r is not null))
            {
                var stackedRows = rows.Select((r, i) => stacked[i] ?? r).ToList();
                if (TableFit.Fit(t.Columns, stackedRows, t.KindOf, console.Profile.Width) is { } fits) (layout, rows) = (fits, stackedRows);
            }
            // Too wide: leave out the low-value columns (last marked first), with a note, before stacking into records.
            foreach (var drop in t.OptionalColumns.Reverse())
            {
                if (layout is not null) break;
                shown.Remove(drop);
                layout = TableFit.Fit(shown.Select(c => t.Columns[c]).ToList(), rows.Select(r => shown.Select(c => r[c]).ToArray()).ToList(), i => t.KindOf(shown[i]), console.Profile.Width);
            }
            if (layout is null) WriteRecords(console, title, t, rows);
            else
            {
                var dropped = Enumerable.Range(0, t.Columns.Count).Except(shown).ToList();
                if (dropped.Count > 0)
                {
                    var note = $"Left out at {console.Profile.Width} columns: {string.Join(", ", dropped.Select(c => t.Columns[c]))} (a wider terminal, --format csv or json shows them).";
                    t = Narrowed(t, shown).Note(note);
                    rows = rows.Select(r => shown.Select(c => r[c]).ToArray()).ToList();
                }
                var table = new Spectre.Console.Table().Border(TableBorder.Rounded);
                // Spectre wraps a title to the table's width: above a narrow table a long title became a column of
                // four-word lines. Such a title goes on its own line(s) above the table instead.
                var tableWidth = layout.Widths.Sum() + 3 * layout.Widths.Length + 1;
                if (title.Length <= tableWidth) table.Title($"[bold]{Markup.Escape(title)}[/]");
                else console.MarkupLineInterpolated($"[bold]{title}[/]");
                for (var i = 0; i < t.Columns.Count; i++)
                {
                    var col = new TableColumn(Markup.Escape(TableFit.Header(t.Columns[i], layout.Widths[i]))) { Width = layout.Widths[i] };
                    if (t.KindOf(i) == CellKind.Number) col.RightAligned();
                    if (!layout.Wraps[i]) col.NoWrap(); // numbers, ids and dates stay whole on one line
                    table.AddColumn(col);
                }
                foreach (var row in rows) table.AddRow(row.Select(c => (IRenderable)new Text(c)).ToArray());
                console.Write(table);
            }
        }
        foreach (var note in t.Notes) console.MarkupLineInterpolated($"[grey]{SafeText.Clean(note)}[/]");
        console.WriteLine();
    }

    /// <summary>A copy of <paramref name="t"/> with only the <paramref name="shown"/> columns.</summary>
    private static Table Narrowed(Table t, List<int> shown)
    {
        var narrow = new Table(t.Title, [.. shown.Select(c => t.Columns[c])]);
        for (var i = 0; i < shown.Count; i++) narrow.Kinds(t.KindOf(shown[i]), i);
        foreach (var r in t.Rows) narrow.Add([.. shown.Select(c => r[c])]);
        foreach (var n in t.Notes) narrow.Note(n);
        return narrow;
    }

    /// <summary>A table too wide for the terminal even with its text wrapped: one block per row, "column: value", values wrapped between words.</summary>
    private void WriteRecords(IAnsiConsole console, string title, Table t, List<string[]> rows)
    {
        console.MarkupLineInterpolated($"[bold]{title}[/] ({rows.Count} record(s); too wide for {console.Profile.Width} columns as a table)");
        var label = t.Columns.Max(c => c.GetCellWidth()) + 2;
        foreach (var row in rows)
        {
            output.WriteLine(new string('─', Math.Min(console.Profile.Width, 40)));
            for (var c = 0; c < row.Length; c++)
            {
                var lines = TableFit.Wrap(row[c], Math.Max(20, console.Profile.Width - label));
                // Written past Spectre, which would break a word longer than the line (a URL); a line may run long, a value is never cut.
                for (var l = 0; l < lines.Count; l++)
                    output.WriteLine((l == 0 ? (t.Columns[c] + ":").PadRight(label) : new string(' ', label)) + lines[l]);
            }
        }
    }

    /// <summary>A Spectre console over <paramref name="writer"/>; wide and colourless when not a terminal.</summary>
    public static IAnsiConsole Console(TextWriter writer, int? width = null)
    {
        var redirected = !ReferenceEquals(writer, System.Console.Out) || System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (width is { } w) console.Profile.Width = w;
        else if (redirected) console.Profile.Width = RedirectedWidth();
        return console;
    }

    /// <summary>Width of tables written to a file or pipe: $COLUMNS when set (as shells export it), else 160.</summary>
    private static int RedirectedWidth() =>
        int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var w) && w is >= 40 and <= 1000 ? w : 160;

    private static string Snake(string header) =>
        string.Join("_", header.Replace("%", "pct", StringComparison.Ordinal).ToLowerInvariant()
            .Split([' ', '-', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries));
}
