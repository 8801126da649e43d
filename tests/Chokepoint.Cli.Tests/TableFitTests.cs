using Chokepoint.Cli.Infrastructure;

namespace Chokepoint.Cli.Tests;

/// <summary>Issue 13 §4 and defect 11: ids kept whole, text cut with an ellipsis to the width, control characters stripped.</summary>
public sealed class TableFitTests
{
    [Fact]
    public void Ids_stay_whole_and_long_text_is_cut_with_an_ellipsis_to_fit_the_width()
    {
        var rows = new List<string[]>
        {
            new[] { "paracetamol-tablets", "A long description of the tablets and where their active ingredient comes from" },
        };

        var fitted = TableFit.Fit(["id", "description"], rows, 60);

        Assert.Equal("paracetamol-tablets", fitted[0][0]);
        Assert.EndsWith("…", fitted[0][1], StringComparison.Ordinal);
        Assert.True(fitted[0][0].Length + fitted[0][1].Length + 7 <= 60);
    }

    [Fact]
    public void A_table_that_fits_is_left_as_it_is()
    {
        var rows = new List<string[]> { new[] { "gallium", "CHN" } };

        Assert.Same(rows, TableFit.Fit(["item", "country"], rows, 160));
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
