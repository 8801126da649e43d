using Chokepoint.Model;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Prices;
using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>The two-market price model (issue 19 §1) on the chain of <see cref="Chain"/>: m made in CHN only, bought by USA with 30 days of stock.</summary>
public sealed class PriceModelTests
{
    private static readonly DateOnly December = new(2024, 12, 1);

    private static (PriceDrivers Drivers, PriceRegime Regime) Banned(int runs = 1)
    {
        var data = Chain.Builder().WithMeasure().Build();
        var scenario = Chain.Scenario(90, "M");
        var compiled = NetworkCompiler.Compile(data, scenario);
        var regime = new PriceRegime(data, scenario);
        var probe = PriceProbe.Build(compiled, regime, ["m"], runs, allFlows: false);
        Simulator.Run(compiled, new SimulationOptions(runs), probe);
        return (Assert.Single(probe.Drivers()), regime);
    }

    private static PriceParameters Params(double shortfall = 0, double drawdown = 0, double regime = 0, double blocked = 0) =>
        new(shortfall, drawdown, regime, blocked, new Dictionary<string, double>(), "test", 0, new DateOnly(2025, 9, 30));

    [Fact]
    public void A_ban_from_day_0_cuts_all_outside_supply_and_blocks_all_exports()
    {
        var (d, _) = Banned();

        Assert.Equal("CHN", d.Issuer);
        Assert.Equal(new DateOnly(2025, 1, 1), d.Months[0]);
        Assert.Equal(1.0, d.Shortfall[0], 6);
        Assert.Equal(1.0, d.Regime[0], 6);
        Assert.Equal(1.0, d.Blocked[0], 6);
    }

    [Fact]
    public void Drawdown_grows_over_the_30_days_of_cover_and_stays_at_1()
    {
        var (d, _) = Banned();

        // January: day t has drawn (t + 1) / 30 of the cover, capped at 1: mean over 31 days = (465 / 30 + 1) / 31.
        Assert.Equal(((465.0 / 30) + 1) / 31, d.Drawdown[0], 6);
        Assert.Equal(1.0, d.Drawdown[1], 6);
    }

    [Fact]
    public void The_outside_price_rises_by_the_shortfall_coefficient_from_a_pre_crisis_anchor()
    {
        var (d, regime) = Banned();
        var anchor = new PriceAnchor(December, 10, ObservedPrice.Outside, "test");

        var path = PriceModel.Path(d, Params(shortfall: 1), regime, ObservedPrice.Outside, anchor);

        // December is before the horizon: no shortfall, so January (shortfall 1) is e¹ above the anchor.
        Assert.Equal(10 * Math.E, path.Median[0], 6);
    }

    [Fact]
    public void The_inside_price_falls_with_the_exports_no_longer_allowed_out()
    {
        var (d, regime) = Banned();
        var anchor = new PriceAnchor(December, 10, ObservedPrice.Inside, "test");

        var path = PriceModel.Path(d, Params(blocked: 0.5), regime, ObservedPrice.Inside, anchor);

        Assert.Equal(10 * Math.Exp(-0.5), path.Median[0], 6);
    }

    [Fact]
    public void Monte_carlo_stock_draws_spread_the_price_through_the_drawdown()
    {
        var data = Chain.Builder().WithMeasure().Build();
        var scenario = Chain.Scenario(90, "M") with
        {
            Uncertain = new Scenarios.UncertainParameters { StockDaysFactor = new Scenarios.Distribution(Scenarios.DistributionKind.Uniform, Min: 0.5, Max: 1.5) },
        };
        var compiled = NetworkCompiler.Compile(data, scenario);
        var regime = new PriceRegime(data, scenario);
        var probe = PriceProbe.Build(compiled, regime, ["m"], 50, allFlows: false);
        Simulator.Run(compiled, new SimulationOptions(50, Seed: 7), probe);
        var anchor = new PriceAnchor(December, 10, ObservedPrice.Outside, "test");

        var path = PriceModel.Path(probe.Drivers()[0], Params(drawdown: 1), regime, ObservedPrice.Outside, anchor);

        Assert.True(path.P95[0] > path.Median[0] && path.Median[0] > path.P5[0], $"p5 {path.P5[0]}, median {path.Median[0]}, p95 {path.P95[0]}");
    }

    [Fact]
    public void Non_negative_least_squares_recovers_the_coefficients_that_made_the_data()
    {
        (double[] X, double Y) Row(double s, double d, double r) => ([s, d, r], (0.5 * s) + (2 * r));

        var coef = PriceFit.NonNegative([Row(1, 0, 0), Row(0, 1, 0), Row(0, 0, 1), Row(1, 1, 1)]);

        Assert.Equal(0.5, coef[0], 9);
        Assert.Equal(0.0, coef[1], 9);
        Assert.Equal(2.0, coef[2], 9);
    }

    [Fact]
    public void A_coefficient_the_data_would_make_negative_is_held_at_zero()
    {
        var coef = PriceFit.NonNegative([([1, 0, 0], -1.0), ([0, 0, 1], 1.0), ([1, 0, 1], 0.0)]);

        Assert.Equal(0.0, coef[0], 9);
        Assert.True(coef[2] > 0);
    }

    [Fact]
    public void The_ratio_score_keeps_fitted_and_later_months_apart()
    {
        var months = new[] { new DateOnly(2025, 5, 1), new DateOnly(2025, 11, 1) };
        PricePath P(string market, double v) => new("m", market, "CHN", months, [v, v], [v, v], [v, v], new PriceAnchor(months[0], v, market, "test"), v);
        ObservedPoint O(string market, int month, double v) => new("m", market, new DateOnly(2025, month, 1), v, ["test"]);

        var points = PriceRatioScore.Of([P(ObservedPrice.Inside, 10), P(ObservedPrice.Outside, 30)],
            [O(ObservedPrice.Inside, 5, 10), O(ObservedPrice.Outside, 5, 30), O(ObservedPrice.Inside, 11, 10), O(ObservedPrice.Outside, 11, 60)], new DateOnly(2025, 9, 30));

        Assert.Equal(0.0, PriceRatioScore.MeanAbsErrorPct(points, fitted: true)!.Value, 9);
        Assert.Equal(50.0, PriceRatioScore.MeanAbsErrorPct(points, fitted: false)!.Value, 9);
    }
}
