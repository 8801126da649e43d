using Chokepoint.Analysis.Leverage;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

/// <summary>
/// Leverage arithmetic on a hand dataset: p (made in USA, 100 a year at $1,000) needs 1 m; the USA imports m for
/// $3,000 from CHN and $1,000 from AUS; CHN also sells $1,000 of m to JPN.
/// </summary>
public sealed class LeverageTests
{
    private static readonly DateOnly On = new(2025, 6, 1);

    private static DatasetBuilder Hand() => new DatasetBuilder()
        .Produced("m", ("CHN", 60), ("AUS", 40)).Product("p").Recipe("p", "m")
        .Demand("p", "USA", 100).UnitValue("p", 1000)
        .Trade("m", "CHN", "USA", 3000).Trade("m", "AUS", "USA", 1000).Trade("m", "CHN", "JPN", 1000);

    [Fact]
    public void A_ban_costs_the_target_its_lost_output_value_and_the_issuer_its_blocked_exports()
    {
        var d = Hand().Measure("BAN", ["m"], m => m with { Destinations = ["USA"] }).Build();
        var row = Assert.Single(LeverageAnalysis.AsOf(d, "CHN", "USA", On));
        Assert.Equal("BAN", row.Measure);
        Assert.Equal(100 * 1000 * 0.75, row.TargetLossUsd, 6);
        Assert.Equal(3000, row.IssuerForgoneUsd, 6);
        Assert.Equal(75, row.IssuerExportSharePct!.Value, 6);
        Assert.Equal(25, row.Ratio!.Value, 9);
        Assert.Equal("trade", row.ForgoneBasis);
    }

    [Fact]
    public void A_licence_at_half_approval_halves_both_sides_and_keeps_the_ratio()
    {
        var d = Hand().Measure("LIC", ["m"], m => m with { Destinations = ["USA"], Kind = MeasureKind.Licence, ApprovalRate = 0.5 }).Build();
        var row = Assert.Single(LeverageAnalysis.AsOf(d, "CHN", "USA", On));
        Assert.Equal(37_500, row.TargetLossUsd, 6);
        Assert.Equal(1500, row.IssuerForgoneUsd, 6);
        Assert.Equal(25, row.Ratio!.Value, 9);
    }

    [Fact]
    public void Without_trade_rows_forgone_revenue_is_embodied_use_times_issuer_share_times_unit_value()
    {
        var d = new DatasetBuilder()
            .Produced("m", ("CHN", 60), ("AUS", 40)).Product("p").Recipe("p", "m", 2)
            .Demand("p", "USA", 100).UnitValue("p", 1000).UnitValue("m", 10)
            .Measure("BAN", ["m"], m => m with { Destinations = ["USA"] }).Build();
        var row = Assert.Single(LeverageAnalysis.AsOf(d, "CHN", "USA", On));
        Assert.Equal(100 * 1000 * 0.6, row.TargetLossUsd, 6);
        Assert.Equal(100 * 2 * 0.6 * 10, row.IssuerForgoneUsd, 6);
        Assert.Null(row.IssuerExportSharePct);
        Assert.Equal("unit_value", row.ForgoneBasis);
        Assert.True(row.RatioIsUpperBound);
    }

    [Fact]
    public void An_item_bought_as_final_demand_gives_an_exact_ratio_and_ranks_before_upper_bounds()
    {
        // The target buys equipment e itself (final demand) and product p made from m: e's embodied use is its whole
        // purchase, so its ratio is exact; m reaches the target only inside p, so its ratio is an upper bound.
        var d = new DatasetBuilder()
            .Produced("m", ("CHN", 60), ("AUS", 40)).Product("p").Recipe("p", "m", 2)
            .Produced("e", ("CHN", 50), ("AUS", 50))
            .Demand("p", "USA", 100).UnitValue("p", 1000).UnitValue("m", 10)
            .Demand("e", "USA", 10).UnitValue("e", 500)
            .Measure("BAN", ["m", "e"], m => m with { Destinations = ["USA"] }).Build();
        var rows = LeverageAnalysis.AsOf(d, "CHN", "USA", On);
        Assert.Equal(["e", "m"], rows.Select(r => r.Item));
        Assert.False(rows[0].RatioIsUpperBound);
        Assert.Equal(10 * 500 * 0.5, rows[0].TargetLossUsd, 6);
        Assert.Equal(10 * 500 * 0.5, rows[0].IssuerForgoneUsd, 6);
        Assert.Equal(1, rows[0].Ratio!.Value, 9);
        Assert.True(rows[1].RatioIsUpperBound);
        Assert.Equal(60_000.0 / 1200, rows[1].Ratio!.Value, 9);
    }

    [Fact]
    public void A_suspended_measure_is_not_counted_as_of_a_date_but_is_in_a_scenario()
    {
        var d = Hand().Measure("BAN", ["m"], m => m with { Destinations = ["USA"], SuspendedFrom = new DateOnly(2025, 3, 1) }).Build();
        Assert.Empty(LeverageAnalysis.AsOf(d, "CHN", "USA", On));
        var row = Assert.Single(LeverageAnalysis.Of(d, "CHN", "USA", d.Tables.Controls));
        Assert.Equal(25, row.Ratio!.Value, 9);
    }
}
