namespace Chokepoint.Cli.Tests;

/// <summary>Issue 13 §4: item ids in any case, common names from items.csv, and the nearest id suggested.</summary>
public sealed class ItemNameCliTests
{
    private static (int Exit, string Out, string Err) Cli(params string[] args) => InProcess.Cli(args);

    [Theory]
    [InlineData("Gallium")]
    [InlineData("GALLIUM")]
    [InlineData("gallium metal")]
    public void An_item_is_found_in_any_case_and_by_the_words_of_its_name(string typed)
    {
        var (exit, output, err) = Cli("shares", typed, "--format", "json");

        Assert.True(exit == 0, err);
        Assert.Contains("\"item\": \"gallium\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_item_suggests_the_nearest_id()
    {
        var (exit, _, err) = Cli("shares", "galium");

        Assert.Equal(1, exit);
        Assert.Contains("unknown item 'galium'", err, StringComparison.Ordinal);
        Assert.Contains("did you mean gallium", err, StringComparison.Ordinal);
    }
}
