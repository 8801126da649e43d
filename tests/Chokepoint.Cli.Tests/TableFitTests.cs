using Chokepoint.Application.Tables;
using Chokepoint.Cli.Infrastructure;

namespace Chokepoint.Cli.Tests;

/// <summary>Issue 13 §4, issue 20 §3: ids and numbers kept whole, text wrapped to the width, control characters stripped.</summary>
public sealed class TableFitTests
{
    [Fact]
    public void Ids_keep_their_width_and_long_text_wraps_to_fit()
    {
        var rows = new List<string[]> { new[] { "paracetamol-tablets", "A long description of the tablets and where their active ingredient comes from" } };

        var layout = TableFit.Fit(["id", "description"], rows, _ => CellKind.Text, 60)!;

        Assert.Equal("paracetamol-tablets".Length, layout.Widths[0]);
        Assert.False(layout.Wraps[0]);
        Assert.True(layout.Wraps[1]);
        Assert.True(layout.Widths.Sum() + 7 <= 60);
    }

    [Fact]
    public void Search_snippets_and_references_wrap_while_an_anchor_stays_whole()
    {
        var rows = new List<string[]> { new[] { "[12]", "China refines «dysprosium» and terbium for most of the world's magnets", "[1] [3] [12] [14] [15]" } };
        CellKind Kind(int c) => c switch { 0 => CellKind.Anchor, 1 => CellKind.Snippet, _ => CellKind.Reference };

        var layout = TableFit.Fit(["#", "snippet", "refs"], rows, Kind, 40)!;

        Assert.Equal([false, true, true], layout.Wraps);
        Assert.Equal(4, layout.Widths[0]);
        Assert.True(layout.Widths.Sum() + 10 <= 40);
    }

    [Fact]
    public void A_table_whose_ids_and_numbers_cannot_fit_becomes_records()
    {
        var rows = new List<string[]> { new[] { "48,766,572,123", "CHN-MOFCOM-2025-18", "2025-10-09", "gallium-arsenide-wafer" } };

        Assert.Null(TableFit.Fit(["loss $", "measure", "date", "item"], rows, c => c == 0 ? CellKind.Number : CellKind.Id, 40));
    }

    [Fact]
    public void Several_values_in_a_number_cell_stack_one_a_line_and_then_fit()
    {
        string[] row = ["electric-car", "5.0% if extended; 17.1% if recorded end dates hold"];
        CellKind Kind(int c) => c == 0 ? CellKind.Id : CellKind.Number;

        Assert.Null(TableFit.Fit(["product", "at risk"], [row], Kind, 55));
        var stacked = TableFit.StackValues(row, Kind);
        Assert.NotNull(stacked);
        Assert.Equal("5.0% if extended;\n17.1% if recorded end dates hold", stacked[1]);
        var layout = TableFit.Fit(["product", "at risk"], [stacked], Kind, 55);
        Assert.NotNull(layout);
        Assert.Equal(32, layout.Widths[1]);
        Assert.Null(TableFit.StackValues(["gallium", "98.9%"], Kind));
    }

    [Fact]
    public void Wrapping_breaks_between_words_and_keeps_a_long_word_whole()
    {
        Assert.Equal(["a b", "48,766,572,123", "c"], TableFit.Wrap("a b 48,766,572,123 c", 4));
    }

    private const string Mentioned = "natural-flake-graphite, spherical-graphite, anode-material, high-purity-synthetic-graphite, refined-cobalt, "
        + "cobalt-ore, lithium-carbonate, semiconductor-manufacturing-equipment, gallium";

    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(160)]
    public void A_list_of_ids_wraps_after_its_commas_and_never_inside_an_id(int width)
    {
        // The shape of 'insights' (industries): an id, seven counts and the items the documents mention.
        var table = new Table("Insights by industry", "industry", "documents", "claims", "agree", "other figure", "conflict", "new", "events", "items mentioned")
            .Kinds(CellKind.Id, 0).Numeric(1, 2, 3, 4, 5, 6, 7);
        table.Add("batteries", "6", "19", "12", "2", "3", "0", "6", Mentioned);
        table.Add("rare-earths", "4", "10", "9", "0", "0", "0", "5", "dysprosium-oxide, ndfeb-magnet-light, medium-heavy-ree");
        using var output = new StringWriter();

        new Renderer(output, OutputFormat.Table, width).Write(new { }, table);

        var text = output.ToString();
        foreach (var id in Mentioned.Split(", ").Concat(["dysprosium-oxide", "ndfeb-magnet-light", "medium-heavy-ree"]))
            Assert.True(text.Contains(id, StringComparison.Ordinal), $"at {width} columns '{id}' is cut:\n{text}");
        if (width == 160) Assert.Contains("│ natural-flake-graphite, spherical-graphite,", text, StringComparison.Ordinal); // still a table, broken after commas
    }

    [Fact]
    public void Only_a_plain_word_is_cut_and_only_when_its_column_cannot_be_as_wide()
    {
        var kinds = (int c) => c == 0 ? CellKind.Id : CellKind.Text;

        var plain = TableFit.Fit(["id", "note"], [["paracetamol", "antidisestablishmentarianism and more words"]], kinds, 40);
        var id = TableFit.Fit(["id", "note"], [["paracetamol", "high-purity-synthetic-graphite and more words"]], kinds, 40);

        Assert.NotNull(plain);
        Assert.True(plain.Widths[1] < "antidisestablishmentarianism".Length);
        Assert.Null(id); // records rather than a cut id
        Assert.True(TableFit.KeptWhole("natural-flake-graphite,"));
        Assert.False(TableFit.KeptWhole("graphite,"));
        Assert.False(TableFit.KeptWhole("-"));
    }

    [Fact]
    public void Control_characters_and_escape_sequences_are_stripped()
    {
        Assert.Equal("evil]0;title.txt", SafeText.Clean("evil\u001b]0;title\u0007.txt"));
        Assert.Equal("a b", SafeText.Clean("a\nb"));
        Assert.Equal("ab", SafeText.Clean("a\u202eb"));
        Assert.Equal("plain", SafeText.Clean("plain"));
    }
}
