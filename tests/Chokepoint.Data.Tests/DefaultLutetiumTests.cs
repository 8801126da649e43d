using Chokepoint.Model;

namespace Chokepoint.Data.Tests;

/// <summary>
/// Lutetium, one of the seven elements of MOFCOM/GAC No. 18 [2025] (issue 17 §4): an item with its share, code and
/// English and Chinese aliases, named by the measures that list the medium and heavy rare earths.
/// </summary>
public sealed class DefaultLutetiumTests
{
    private const string Lutetium = "lutetium-oxide";
    private static readonly Lazy<LoadResult> Loaded = new(DatasetLoader.LoadDefault);

    private static Dataset Data => Loaded.Value.Dataset ?? throw new InvalidOperationException(Expect.Dump(Loaded.Value));

    [Fact]
    public void Lutetium_oxide_is_a_refined_rare_earth_with_english_and_chinese_aliases()
    {
        var item = Data.Items[Lutetium];

        Assert.Equal(ItemKind.Refined, item.Kind);
        Assert.Equal("rare-earths", item.Industry);
        Assert.Contains("lutetium oxide", item.Aliases);
        Assert.Contains("氧化镥", item.Aliases);
    }

    [Fact]
    public void Lutetium_oxide_carries_the_sourced_heavy_rare_earth_separation_share()
    {
        var china = Assert.Single(Data.SharesOf(Lutetium), s => s.Country == "CHN");

        Assert.Equal(99.9, china.SharePct, 9);
        Assert.Equal("bmi-heavy-re-2023", china.Source);
        Assert.Equal(100.0, Data.SharesOf(Lutetium).Sum(s => s.SharePct), 9);
    }

    [Theory]
    [InlineData("CHN-MOFCOM-2025-18")]
    [InlineData("CHN-MOFCOM-2024-46-MIL-2025-18")]
    [InlineData("CHN-MOFCOM-2025-61")]
    [InlineData("CHN-MOFCOM-2026-1")]
    public void The_measures_on_the_seven_elements_name_lutetium(string measure)
    {
        Assert.Contains(Lutetium, Data.Measures[measure].Items);
    }

    [Fact]
    public void Lutetium_oxide_has_the_chinese_customs_code_that_names_it()
    {
        var code = Assert.Single(Data.Tables.Codes, c => c.Subject == Lutetium);

        Assert.Equal("2846901993", code.Code);
        Assert.Equal("chinesetariff-28469019", code.Source);
    }
}
