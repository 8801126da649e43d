using Chokepoint.Application.Tables;

namespace Chokepoint.Application.Tests;

/// <summary>The words of numbered references: written by the insights handler, read back by the web to link each to its row.</summary>
public sealed class ReferencesTests
{
    [Fact]
    public void References_are_written_in_brackets_separated_by_spaces()
    {
        Assert.Equal("[3]", References.Cell(3));
        Assert.Equal("[1] [3] [12]", References.Cell([1, 3, 12]));
        Assert.Equal("", References.Cell([]));
    }

    [Fact]
    public void A_cell_splits_into_its_references_and_the_text_between()
    {
        var parts = References.Split("[1] [12]");

        Assert.Equal([("[1]", (int?)1), (" ", null), ("[12]", 12)], parts);
        Assert.Equal("[1] [12]", string.Concat(parts.Select(p => p.Text)));
    }

    [Theory]
    [InlineData("see [x] and [] or [-2] [")]
    [InlineData("<a href=x>[</a>]")]
    [InlineData("")]
    public void Text_that_is_not_a_reference_stays_text(string cell)
    {
        var parts = References.Split(cell);

        Assert.All(parts, p => Assert.Null(p.Number));
        Assert.Equal(cell, string.Concat(parts.Select(p => p.Text)));
    }

    [Theory]
    [InlineData("[7]", 7)]
    [InlineData("[7] [8]", null)]
    [InlineData("7", null)]
    [InlineData("[7] ", null)]
    public void An_anchor_holds_exactly_one_reference(string cell, int? expected) => Assert.Equal(expected, References.Number(cell));
}
