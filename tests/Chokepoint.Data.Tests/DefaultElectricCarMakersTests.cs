using Chokepoint.Model;

namespace Chokepoint.Data.Tests;

/// <summary>
/// Electric-car production by country in the default dataset (issue 17): the makers outside China carry their
/// sourced 2024 shares (VDA production over the IEA's 17.3 million electric cars), so buyers in countries that make
/// electric cars are no longer all served by the world mix.
/// </summary>
public sealed class DefaultElectricCarMakersTests
{
    private static readonly Lazy<LoadResult> Loaded = new(DatasetLoader.LoadDefault);

    private static Dataset Data => Loaded.Value.Dataset ?? throw new InvalidOperationException(Expect.Dump(Loaded.Value));

    [Theory]
    [InlineData("CHN", 70.00, "iea-gevo-2025")]
    [InlineData("DEU", 7.80, "vda-ev-production-2024")]
    [InlineData("USA", 5.78, "vda-ev-production-intl-2024")]
    [InlineData("KOR", 2.31, "vda-ev-production-intl-2024")]
    [InlineData("JPN", 2.31, "vda-ev-production-intl-2024")]
    public void An_electric_car_maker_has_its_sourced_2024_share(string country, double sharePct, string source)
    {
        var row = Assert.Single(Data.SharesOf("electric-car"), s => s.Country == country);

        Assert.Equal(2024, row.Year);
        Assert.Equal(sharePct, row.SharePct, 0.005);
        Assert.Equal(source, row.Source);
    }

    [Fact]
    public void Electric_car_shares_with_the_rest_of_the_world_sum_to_100()
    {
        var shares = Data.SharesOf("electric-car");

        Assert.Contains(shares, s => s.Country == Names.RestOfWorld);
        Assert.Equal(100.0, shares.Sum(s => s.SharePct), 0.01);
    }
}
