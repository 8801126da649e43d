using System.Globalization;
using System.Text.Json;
using Chokepoint.Application.Tables;
using Table = Chokepoint.Application.Tables.Table;
using CsvHelper;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Chokepoint.Cli.Infrastructure;

/// <summary>Writes a command's result in the chosen format: a Spectre table, snake_case JSON, or CSV.</summary>
internal sealed class Renderer(TextWriter output, OutputFormat format)
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
                // Numeric columns are written as plain numbers for scripts: no % sign, no thousands separator.
                for (var c = 0; c < row.Length; c++)
                    csv.WriteField(tables[i].KindOf(c) == CellKind.Number ? row[c].Replace("%", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal) : row[c]);
                csv.NextRecord();
            }
        }
        csv.Flush();
    }

    private void WriteTable(Table t)
    {
        var console = Console(output);
        var title = SafeText.Clean(t.Title);
        if (t.Rows.Count == 0)
        {
            console.MarkupLineInterpolated($"[bold]{title}[/]: {SafeText.Clean(t.EmptyText)}");
        }
        else
        {
            var rows = TableFit.Fit(t.Columns, t.Rows.Select(r => Array.ConvertAll(r, SafeText.Clean)).ToList(), console.Profile.Width);
            var table = new Spectre.Console.Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(title)}[/]");
            for (var i = 0; i < t.Columns.Count; i++)
            {
                var col = new TableColumn(Markup.Escape(TableFit.Header(t.Columns[i], rows, i)));
                if (t.KindOf(i) == CellKind.Number) col.RightAligned();
                col.NoWrap(); // TableFit already cut the cells to the width: one line per row

                table.AddColumn(col);
            }
            foreach (var row in rows) table.AddRow(row.Select(c => (IRenderable)new Text(c)).ToArray());
            console.Write(table);
        }
        foreach (var note in t.Notes) console.MarkupLineInterpolated($"[grey]{SafeText.Clean(note)}[/]");
        console.WriteLine();
    }

    /// <summary>A Spectre console over <paramref name="writer"/>; wide and colourless when not a terminal.</summary>
    public static IAnsiConsole Console(TextWriter writer)
    {
        var redirected = !ReferenceEquals(writer, System.Console.Out) || System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected) console.Profile.Width = RedirectedWidth();
        return console;
    }

    /// <summary>Width of tables written to a file or pipe: $COLUMNS when set (as shells export it), else 160.</summary>
    private static int RedirectedWidth() =>
        int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var w) && w is >= 40 and <= 1000 ? w : 160;

    private static string Snake(string header) =>
        string.Join("_", header.Replace("%", "pct", StringComparison.Ordinal).ToLowerInvariant()
            .Split([' ', '-', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries));
}
