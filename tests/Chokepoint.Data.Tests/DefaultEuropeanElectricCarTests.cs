using Chokepoint.Model;

namespace Chokepoint.Data.Tests;

/// <summary>
/// Electric-car buyers in FRA, NLD, BEL and GBR in the default dataset (issue 17): a domestic-share rule serves them from
/// European makers (ROW) and the rest on the world mix without ROW, so that China-made cars are the 20% of West European
/// BEV sales reported by Schmidt Automotive Research for 2024.
/// </summary>
public sealed class DefaultEuropeanElectricCarTests
{
    private static readonly Lazy<LoadResult> Loaded = new(DatasetLoader.LoadDefault);

    private static Dataset Data => Loaded.Value.Dataset ?? throw new InvalidOperationException(Expect.Dump(Loaded.Value));

    [Theory]
    [InlineData("FRA")]
    [InlineData("NLD")]
    [InlineData("BEL")]
    [InlineData("GBR")]
    public void A_european_buyer_takes_its_electric_cars_from_european_makers_under_a_sourced_rule(string country)
    {
        var rule = Data.DomesticShareOf("electric-car", country);

        Assert.NotNull(rule);
        Assert.Equal(Names.RestOfWorld, rule.Makers);
        Assert.Equal("schmidt-china-made-bev-weu-2024", rule.Source);
        Assert.True(Data.Sources.ContainsKey(rule.Source), rule.Source);
    }

    [Theory]
    [InlineData("FRA")]
    [InlineData("NLD")]
    [InlineData("BEL")]
    [InlineData("GBR")]
    public void The_china_made_part_of_a_european_buyers_electric_cars_is_the_sourced_20_percent(string country)
    {
        var rule = Data.DomesticShareOf("electric-car", country)!;
        var others = Data.SharesOf("electric-car").Where(s => s.Country != rule.Makers).ToList();
        var china = others.Single(s => s.Country == "CHN").SharePct / others.Sum(s => s.SharePct);

        var chinaMadePct = (100 - rule.SharePct!.Value) * china;

        Assert.Equal(20.0, chinaMadePct, 0.05);
    }
}
