using Chokepoint.Model;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Tests;

/// <summary>Compilation choices beyond the single-chain cases: other uses, licences older than the start, ad-hoc windows.</summary>
public sealed class CompilerTests
{
    private const double Tol = 1e-6;

    private const double ExpansionDays = 36500;

    /// <summary>m: CHN 60 / AUS 40, world output 730 t a year = 2/day, twice the modelled 1/day; 50% spare, expansion over a century.</summary>
    private static Testing.DatasetBuilder Market(params string[] destinations) =>
        Chain.Builder(("CHN", 60), ("AUS", 40))
            .Quantity("m", "CHN", 438).Quantity("m", "AUS", 292)
            .Expansion("m", 50, ExpansionDays)
            .WithMeasure(x => x with { Destinations = destinations });

    [Fact]
    public void Known_world_output_adds_an_other_uses_node_for_the_rest_of_the_market()
    {
        var r = Chain.RunAll(Market("USA").Build(), Chain.Scenario(30));
        var other = r.Node("m", "ROW", "other");
        Assert.Null(other.TtsDays.Median);
    }

    [Fact]
    public void A_ban_on_one_destination_is_refilled_from_the_spare_capacity_of_the_whole_market()
    {
        // Other uses are not restricted: AUS's 50% spare on its 0.8/day (0.4 modelled + 0.4 other) refills 0.4 of the
        // 0.6 lost, plus what a century-long expansion has built by day t: t/36500 of the loss.
        var p = Chain.Run(Market("USA").Build(), Chain.Scenario(200, "M")).Node("p", kind: "product");
        const int t = 199;
        var expected = 0.4 + (0.6 * Math.Min(1, (0.4 + (t / ExpansionDays * 0.6)) / 0.6));
        Assert.True(Math.Abs(p.Series[t] - expected) < Tol, $"{p.Series[t]} vs {expected}");
        Assert.True(Math.Abs(expected - 0.8) < 0.004);
    }

    [Fact]
    public void A_ban_on_every_destination_makes_other_uses_compete_for_the_same_spare_capacity()
    {
        // Other uses lose 0.6/day too: 0.4 of spare for 1.2 lost refills a third (plus the expansion built by day t).
        var p = Chain.Run(Market("*").Build(), Chain.Scenario(200, "M")).Node("p", kind: "product");
        const int t = 199;
        var expected = 0.4 + (0.6 * ((0.4 / 1.2) + (t / ExpansionDays)));
        Assert.True(Math.Abs(p.Series[t] - expected) < Tol, $"{p.Series[t]} vs {expected}");
        Assert.True(Math.Abs(expected - 0.6) < 0.004);
    }

    [Fact]
    public void A_licence_in_force_longer_than_its_delay_before_the_start_passes_from_day_0()
    {
        var data = Chain.Builder().WithMeasure(m => m with
        {
            Kind = MeasureKind.Licence, ApprovalRate = 0.5, LicenceDelayDays = 20,
            Announced = Chain.Start.AddDays(-100), Effective = Chain.Start.AddDays(-100),
        }).Build();
        var p = Chain.Run(data, Chain.Scenario(120, "M")).Node("p", kind: "product");
        Assert.Equal(60, p.TtsDays.Median); // 30 days of stock cover a 0.5 gap for 60 days
        Assert.True(Math.Abs(p.Series[100] - 0.5) < Tol);
    }

    [Fact]
    public void An_ad_hoc_control_applies_from_its_from_date_until_its_until_date()
    {
        var data = Chain.Builder().Build();
        var scenario = Chain.Scenario(120) with
        {
            Controls =
            [
                new ControlMeasure
                {
                    Id = "ad-hoc", Issuer = "CHN", Kind = MeasureKind.Ban, Items = ["m"], Destinations = ["USA"],
                    Announced = Chain.Start.AddDays(10), Effective = Chain.Start.AddDays(10), Ended = Chain.Start.AddDays(70),
                },
            ],
        };
        var p = Chain.Run(data, scenario).Node("p", kind: "product");
        Assert.Equal(40, p.TtsDays.Median); // banned from day 10, 30 days of stock
        Assert.Equal(70, p.TtrDays.Median);
    }

    [Fact]
    public void Ignoring_suspensions_keeps_a_suspended_measure_in_force()
    {
        var data = Chain.Builder().WithMeasure(m => m with { SuspendedFrom = Chain.Start.AddDays(50) }).Build();
        var suspended = Chain.Run(data, Chain.Scenario(120, "M")).Node("p", kind: "product");
        var unsuspended = Chain.Run(data, Chain.Scenario(120, "M") with { IgnoreSuspensions = true }).Node("p", kind: "product");
        Assert.Equal(50, suspended.TtrDays.Median);
        Assert.Null(unsuspended.TtrDays.Median);
    }

    [Fact]
    public void Monte_carlo_draws_follow_their_distributions_and_depend_only_on_seed_and_run()
    {
        var uncertain = new UncertainParameters
        {
            ApprovalRate = new Distribution(DistributionKind.Uniform, Min: 0.2, Max: 0.4),
            LicenceDelayDays = new Distribution(DistributionKind.Triangular, Min: 10, Mode: 20, Max: 60),
        };
        var draws = Enumerable.Range(0, 2000).Select(r => MonteCarlo.Simulator.Draw(uncertain, 5, r)).ToList();
        Assert.All(draws, d => Assert.InRange(d.ApprovalRate, 0.2, 0.4));
        Assert.All(draws, d => Assert.InRange(d.LicenceDelayDays, 10, 60));
        Assert.InRange(draws.Average(d => d.LicenceDelayDays), 28, 32); // triangular mean (10 + 20 + 60) / 3 = 30
        Assert.Equal(draws[17], MonteCarlo.Simulator.Draw(uncertain, 5, 17));
        Assert.NotEqual(draws[17], MonteCarlo.Simulator.Draw(uncertain, 6, 17));
    }
}
