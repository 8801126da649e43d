using Chokepoint.Model;

namespace Chokepoint.Data.Tests;

/// <summary>
/// Lutetium and scandium, two of the seven elements of MOFCOM/GAC No. 18 [2025] (issue 17 §4): items with their sourced
/// shares, codes and English and Chinese aliases, named by the measures that list the medium and heavy rare earths.
/// </summary>
public sealed class DefaultNo18ElementTests
{
    private static readonly Lazy<LoadResult> Loaded = new(DatasetLoader.LoadDefault);

    private static Dataset Data => Loaded.Value.Dataset ?? throw new InvalidOperationException(Expect.Dump(Loaded.Value));

    [Theory]
    [InlineData("lutetium-oxide", "lutetium oxide", "氧化镥")]
    [InlineData("scandium-oxide", "scandium oxide", "氧化钪")]
    public void The_element_is_a_refined_rare_earth_with_english_and_chinese_aliases(string id, string english, string chinese)
    {
        var item = Data.Items[id];

        Assert.Equal(ItemKind.Refined, item.Kind);
        Assert.Equal("rare-earths", item.Industry);
        Assert.Contains(english, item.Aliases);
        Assert.Contains(chinese, item.Aliases);
    }

    [Fact]
    public void Lutetium_and_scandium_map_to_their_own_items_not_to_the_medium_heavy_group()
    {
        Assert.DoesNotContain("scandium", Data.Items["medium-heavy-ree"].Aliases);
        Assert.DoesNotContain("lutetium", Data.Items["medium-heavy-ree"].Aliases);
    }

    [Theory]
    [InlineData("lutetium-oxide", 99.9, "bmi-heavy-re-2023")]
    [InlineData("scandium-oxide", 75.0, "rawmaterials-rio-scandium")]
    public void The_element_carries_its_sourced_china_share(string id, double chinaPct, string source)
    {
        var china = Assert.Single(Data.SharesOf(id), s => s.Country == "CHN");

        Assert.Equal(chinaPct, china.SharePct, 9);
        Assert.Equal(source, china.Source);
        Assert.Equal(100.0, Data.SharesOf(id).Sum(s => s.SharePct), 9);
    }

    [Theory]
    [InlineData("CHN-MOFCOM-2025-18")]
    [InlineData("CHN-MOFCOM-2024-46-MIL-2025-18")]
    [InlineData("CHN-MOFCOM-2025-61")]
    [InlineData("CHN-MOFCOM-2026-1")]
    public void The_measures_on_the_seven_elements_name_lutetium_and_scandium(string measure)
    {
        Assert.Contains("lutetium-oxide", Data.Measures[measure].Items);
        Assert.Contains("scandium-oxide", Data.Measures[measure].Items);
    }

    [Theory]
    [InlineData("lutetium-oxide", "2846901993")]
    [InlineData("scandium-oxide", "2846901980")]
    public void The_element_has_the_chinese_customs_code_that_names_it(string id, string code)
    {
        var row = Assert.Single(Data.Tables.Codes, c => c.Subject == id);

        Assert.Equal(code, row.Code);
        Assert.Equal("chinesetariff-28469019", row.Source);
    }
}
