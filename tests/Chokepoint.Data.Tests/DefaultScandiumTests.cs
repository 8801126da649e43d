using Chokepoint.Model;

namespace Chokepoint.Data.Tests;

/// <summary>
/// Scandium, one of the seven elements of MOFCOM/GAC No. 18 [2025] (issue 17 §4): an item with its sourced share
/// (low confidence), code and English and Chinese aliases, named by the measures that name lutetium.
/// </summary>
public sealed class DefaultScandiumTests
{
    private const string Scandium = "scandium-oxide";
    private static readonly Lazy<LoadResult> Loaded = new(DatasetLoader.LoadDefault);

    private static Dataset Data => Loaded.Value.Dataset ?? throw new InvalidOperationException(Expect.Dump(Loaded.Value));

    [Fact]
    public void Scandium_oxide_is_a_refined_rare_earth_and_its_names_map_to_it_alone()
    {
        var item = Data.Items[Scandium];

        Assert.Equal(ItemKind.Refined, item.Kind);
        Assert.Equal("rare-earths", item.Industry);
        Assert.Contains("氧化钪", item.Aliases);
        Assert.DoesNotContain("scandium", Data.Items["medium-heavy-ree"].Aliases);
        Assert.DoesNotContain("lutetium", Data.Items["medium-heavy-ree"].Aliases);
    }

    [Fact]
    public void Scandium_oxide_carries_the_sourced_share_with_low_confidence()
    {
        var china = Assert.Single(Data.SharesOf(Scandium), s => s.Country == "CHN");

        Assert.Equal(75.0, china.SharePct, 9);
        Assert.Equal("rawmaterials-rio-scandium", china.Source);
        Assert.Equal(100.0, Data.SharesOf(Scandium).Sum(s => s.SharePct), 9);
    }

    [Theory]
    [InlineData("CHN-MOFCOM-2025-18")]
    [InlineData("CHN-MOFCOM-2024-46-MIL-2025-18")]
    [InlineData("CHN-MOFCOM-2025-61")]
    [InlineData("CHN-MOFCOM-2026-1")]
    public void The_measures_that_name_lutetium_name_scandium(string measure)
    {
        Assert.Contains(Scandium, Data.Measures[measure].Items);
        Assert.Contains("lutetium-oxide", Data.Measures[measure].Items);
    }

    [Fact]
    public void Scandium_oxide_has_its_chinese_customs_code()
    {
        var code = Assert.Single(Data.Tables.Codes, c => c.Subject == Scandium);

        Assert.Equal("2846901980", code.Code);
    }
}
