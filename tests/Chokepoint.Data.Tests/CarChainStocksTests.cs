using Chokepoint.Model;

namespace Chokepoint.Data.Tests;

/// <summary>
/// Issue 17: the car chain's stocks sit where they are held. Carmakers hold days of parts (Toyota's 20-F), the makers
/// of control units weeks of chips (NXP, July 2024); each cover is the computation its source row states.
/// </summary>
public sealed class CarChainStocksTests
{
    private static readonly Lazy<LoadResult> Loaded = new(DatasetLoader.LoadDefault);

    private static Dataset Data => Loaded.Value.Dataset ?? throw new InvalidOperationException(Expect.Dump(Loaded.Value));

    [Theory]
    // Toyota FY2025: raw materials ¥1,013,621 million ÷ cost of products sold ¥35,510,157 million × 365 days.
    [InlineData("automotive-control-unit", "automotive", "toyota-20f-fy2025-inventories", 1_013_621.0 / 35_510_157.0 * 365, "1,013,621")]
    // NXP: automotive customers keep two to 12 weeks of chips: covers spread from 14 to 84 days across the holders.
    [InlineData("automotive-discrete-semiconductor", "automotive-control-unit", "nxp-tier1-chip-stocks-2024", 2 * 7.0, "two to 12 weeks", 12 * 7.0)]
    public void The_cover_is_the_computation_of_its_source(string item, string holder, string source, double computed, string quoted, double? high = null)
    {
        var row = Assert.Single(Data.Tables.Stocks, s => s.Item == item && s.Holder == holder && s.Country == Names.Everyone);

        Assert.Equal(source, row.Source);
        Assert.Equal(Math.Round(computed), row.DaysOfCover);
        Assert.Equal(high, row.DaysOfCoverHigh);
        Assert.Contains(quoted, Data.Sources[source].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void The_makers_of_control_units_hold_more_weeks_of_chips_than_carmakers_hold_days_of_control_units()
    {
        var atCarmakers = Data.Tables.Stocks.Single(s => s.Item == "automotive-control-unit" && s.Holder == "automotive");
        var atTier1 = Data.Tables.Stocks.Single(s => s.Item == "automotive-discrete-semiconductor" && s.Holder == "automotive-control-unit");

        Assert.True(atTier1.DaysOfCover > atCarmakers.DaysOfCover, $"{atTier1.DaysOfCover} days at tier-1s, {atCarmakers.DaysOfCover} at carmakers");
    }
}
