using Chokepoint.Application;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Report;
using Chokepoint.Application.Tables;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Data;

namespace Chokepoint.Cli.Tests;

/// <summary>
/// Issue 20 §3: at 80, 100 and 160 columns the main tables never cut a number, an id or a date: every token of every
/// cell that holds a digit, and every id, appears whole in the output (tables wrap text or stack into records).
/// </summary>
public sealed class WidthTests
{
    private static readonly Session S = new(DatasetLoader.LoadDefault().Dataset!, new DateOnly(2025, 11, 15), Surface.Cli);

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in Tables.Keys)
            foreach (var w in new[] { 80, 100, 160 }) data.Add(name, w);
        return data;
    }

    private static readonly Dictionary<string, Func<IReadOnlyList<Table>>> Tables = new()
    {
        ["leverage"] = () => [LeverageHandler.Handle(S, "CHN", "USA", "2025-10-10", null).Table],
        ["controls"] = () => [ControlsHandler.Handle(S, new ControlsRequest("2025-11-15")).Table],
        ["report"] = () => ReportHandler.HeadlineTables(ReportHandler.Headline(S, "2025-11-15", null)),
        ["chokepoints"] = () => ChokepointsHandler.Handle(S, "CHN", "EU", "2025-11-15").Tables,
        ["scenarios"] = () => ScenariosHandler.Handle(S).Tables,
        ["measure"] = () => MeasureHandler.Handle(S, "CHN-MOFCOM-2025-18", "2025-11-15").Tables,
        ["exposure"] = () => [ExposureHandler.Handle(S, new ExposureRequest("electric-car", "USA", AsOf: "2025-11-15")).Table],
        ["items"] = () => ItemsHandler.Handle(S, "rare-earths", null).Tables,
        ["shares"] = () => [SharesHandler.Handle(S, "gallium", null).Table],
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Main_tables_keep_every_number_and_id_whole(string name, int width)
    {
        var tables = Tables[name]();
        using var output = new StringWriter();
        new Renderer(output, OutputFormat.Table, width).Write(new { }, [.. tables]);
        var text = output.ToString();
        // A low-value column may be left out with a note naming it; a column shown never loses a number.
        var leftOut = System.Text.RegularExpressions.Regex.Matches(text, @"Left out at \d+ columns: ([^(]+) \(").SelectMany(m => m.Groups[1].Value.Split(", ")).ToHashSet();
        foreach (var t in tables)
            foreach (var row in t.Rows)
                for (var c = 0; c < row.Length; c++)
                {
                    if (t.OptionalColumns.Contains(c) && leftOut.Contains(t.Columns[c])) continue;
                    // A text column may wrap and cut a plain word, never a number; a list of items or a status of several words wraps between its words, each kept whole.
                    var words = row[c].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var tokens = t.KindOf(c) switch
                    {
                        CellKind.Text => words.Where(x => x.Any(char.IsAsciiDigit)),
                        CellKind.Item or CellKind.Status => words,
                        _ => [row[c]],
                    };
                    foreach (var token in tokens)
                        Assert.True(text.Contains(token, StringComparison.Ordinal), $"{name} at {width} columns cut '{token}' (column '{t.Columns[c]}')");
                }
        Assert.All(text.Split('\n').Where(l => l.Contains('│', StringComparison.Ordinal)), line => Assert.True(line.TrimEnd().Length <= width, $"{name}: a table line is wider than {width}: {line}"));
    }

    [Fact]
    public void A_title_longer_than_a_narrow_table_stays_on_one_line_at_160_columns()
    {
        // Regression: 'exposure fighter-jet --to USA --from CHN' printed its 130-character title as four lines 41 wide.
        var table = ExposureHandler.Handle(S, new ExposureRequest("fighter-jet", "USA", From: "CHN")).Table;
        using var output = new StringWriter();
        new Renderer(output, OutputFormat.Table, 160).Write(new { }, table);

        var title = SafeText.Clean(table.Title);
        Assert.True(title.Length < 160, title);
        Assert.Contains(title, output.ToString(), StringComparison.Ordinal);
    }
}
