using Chokepoint.Analysis.Leverage;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

/// <summary>
/// Leverage on one basis, worked by hand: p (USA, 100 a year at $1,000) needs 1 m; m ($10) needs 2 r ($2); CHN makes
/// m and r. CHN sells $3,000 of m to the USA and $1,000 to JPN; a ban on m to the USA. Value added per US$: p in the
/// USA 20%, m in CHN 10%, r in CHN 50%.
/// </summary>
public sealed class LeverageBasisTests
{
    private static readonly DateOnly On = new(2025, 6, 1);

    private static DatasetBuilder Hand() => new DatasetBuilder()
        .Produced("r", ("CHN", 100)).Produced("m", ("CHN", 100)).Recipe("m", "r", 2).Product("p").Recipe("p", "m")
        .Demand("p", "USA", 100).UnitValue("p", 1000).UnitValue("m", 10).UnitValue("r", 2)
        .Trade("m", "CHN", "USA", 3000).Trade("m", "CHN", "JPN", 1000)
        .ValueAdded("p", "USA", 20).ValueAdded("m", "CHN", 10).ValueAdded("r", "CHN", 50)
        .Measure("BAN", ["m"], m => m with { Destinations = ["USA"] });

    private static LeverageRow Row(DatasetBuilder b) => Assert.Single(LeverageAnalysis.AsOf(b.Build(), "CHN", "USA", On));

    private static (double, string)? NoPrices(string item) => null;

    [Fact]
    public void Value_added_counts_the_targets_makers_share_and_every_stage_of_the_issuers_own_chain()
    {
        var b = Hand();
        var row = Row(b);
        var v = LeverageBasis.Of(b.Build(), row, "CHN", "USA", LeverageBasis.ValueAdded, NoPrices);
        // Target: 100 × 1,000 × 20%. Issuer: m's stage 3,000 × 10% + r's stage 300 kg of m × 2 r × $2 × 50%.
        Assert.Equal(100 * 1000 * 0.2, v.TargetLossUsd, 6);
        Assert.Equal((3000 * 0.1) + (300 * 2 * 2 * 0.5), v.IssuerForgoneUsd, 6);
        Assert.Equal(20_000.0 / 900, v.Ratio!.Value, 9);
        Assert.Equal("exact", v.RatioBound);
        Assert.Empty(v.TargetUnvalued);
        Assert.Empty(v.IssuerUnvalued);
    }

    [Fact]
    public void Gross_output_counts_the_issuers_chain_at_full_value_and_trade_value_keeps_the_row()
    {
        var b = Hand();
        var row = Row(b);
        var gross = LeverageBasis.Of(b.Build(), row, "CHN", "USA", LeverageBasis.GrossOutput, NoPrices);
        Assert.Equal(100_000, gross.TargetLossUsd, 6);
        Assert.Equal(3000 + (300 * 2 * 2), gross.IssuerForgoneUsd, 6);
        var trade = LeverageBasis.Of(b.Build(), row, "CHN", "USA", LeverageBasis.TradeValue, NoPrices);
        Assert.Equal(row.Ratio!.Value, trade.Ratio!.Value, 12);
        Assert.Equal(100_000.0 / 3000, trade.Ratio!.Value, 9);
    }

    [Fact]
    public void The_windfall_is_what_still_flows_times_the_modelled_price_rise_and_is_subtracted()
    {
        var b = Hand();
        var row = Row(b);
        // k = ln 2: a measure reaching all of the market would double the outside price; this one reaches 3/4 of CHN's exports.
        var v = LeverageBasis.Of(b.Build(), row, "CHN", "USA", LeverageBasis.ValueAdded, item => item == "m" ? (Math.Log(2), "test") : null);
        var windfall = 1000 * (Math.Pow(2, 0.75) - 1);
        Assert.Equal(windfall, v.IssuerWindfallUsd, 9);
        Assert.Equal(900 - windfall, v.IssuerNetUsd, 9);
        Assert.Equal(20_000 / (900 - windfall), v.Ratio!.Value, 9);
        Assert.Equal("test", v.WindfallBasis);
    }

    [Fact]
    public void Lower_bound_shares_on_the_target_and_an_unvalued_issuer_stage_make_the_ratio_approximate()
    {
        var b = Hand().ValueAdded("p", "USA", 20, bound: "lower");
        var data = new DatasetBuilder()
            .Produced("r", ("CHN", 100)).Produced("m", ("CHN", 100)).Recipe("m", "r", 2).Product("p").Recipe("p", "m")
            .Demand("p", "USA", 100).UnitValue("p", 1000).UnitValue("m", 10).UnitValue("r", 2)
            .Trade("m", "CHN", "USA", 3000).Trade("m", "CHN", "JPN", 1000)
            .ValueAdded("p", "USA", 20, bound: "lower").ValueAdded("m", "CHN", 10)
            .Measure("BAN", ["m"], m => m with { Destinations = ["USA"] });
        var v = LeverageBasis.Of(data.Build(), Row(data), "CHN", "USA", LeverageBasis.ValueAdded, NoPrices);
        Assert.Equal(["r"], v.IssuerUnvalued);
        Assert.Equal(300, v.IssuerForgoneUsd, 6);
        Assert.Equal("approximate", v.RatioBound);
        var upper = LeverageBasis.Of(b.Build(), Row(b), "CHN", "USA", LeverageBasis.ValueAdded, NoPrices);
        Assert.Equal("lower", upper.RatioBound);
    }

    [Fact]
    public void A_capital_good_is_valued_by_the_output_it_enables_and_the_star_row_serves_other_countries()
    {
        var b = new DatasetBuilder()
            .Produced("e", ("USA", 100)).Demand("e", "CHN", 10).UnitValue("e", 1000)
            .ValueAdded("e", "*", 50, outputPerUsd: 5, bound: "upper").ValueAdded("e", "USA", 40)
            .Measure("SME", ["e"], m => m with { Issuer = "USA", Destinations = ["CHN"] });
        var row = Assert.Single(LeverageAnalysis.AsOf(b.Build(), "USA", "CHN", On));
        var v = LeverageBasis.Of(b.Build(), row, "USA", "CHN", LeverageBasis.ValueAdded, NoPrices);
        Assert.Equal(10 * 1000 * 5 * 0.5, v.TargetLossUsd, 6);
        Assert.Equal(10 * 1000 * 0.4, v.IssuerForgoneUsd, 6);
        Assert.Equal(6.25, v.Ratio!.Value, 9);
        Assert.Equal("upper", v.RatioBound);
    }

    [Fact]
    public void An_item_counted_only_inside_the_targets_products_keeps_an_upper_bound_ratio_on_value_added()
    {
        // Regression: yttria reaching the USA only inside its products ranked first on value added with a ratio of
        // ten million marked approximate; the issuer's exports for every other use are missing, so it is an upper bound.
        var b = new DatasetBuilder()
            .Produced("m", ("CHN", 60), ("AUS", 40)).Product("p").Recipe("p", "m", 2)
            .Demand("p", "USA", 100).UnitValue("p", 1000).UnitValue("m", 10)
            .ValueAdded("p", "USA", 20, bound: "lower").ValueAdded("m", "CHN", 10, bound: "lower")
            .Measure("BAN", ["m"], m => m with { Destinations = ["USA"] });
        var row = Row(b);
        Assert.True(row.RatioIsUpperBound);
        var v = LeverageBasis.Of(b.Build(), row, "CHN", "USA", LeverageBasis.ValueAdded, NoPrices);
        Assert.Equal("upper", v.RatioBound);
        Assert.Equal(100 * 1000 * 0.6 * 0.2 / (100 * 2 * 0.6 * 10 * 0.1), v.Ratio!.Value, 9);
    }
}
