using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>
/// Switching to an alternative in the stress test. The chain of <see cref="Chain"/> (p needs 1 m, 30 days of m,
/// m banned from day 0) gains an alternative: 2 of a per p after 10 days of shortage; a is made in AUS, 3,650 t a
/// year (10 a day, all used elsewhere), so its spare capacity is what the switch can draw.
/// </summary>
public sealed class SubstitutionTests
{

    private static DatasetBuilder WithAlternative(double spareCapacityPct, double expansionDays) =>
        Chain.Builder().WithMeasure()
            .Produced("a", ("AUS", 100)).Quantity("a", "AUS", 3650)
            .InUse("p", "m", "g").Alternative("p", "a", "g", 2, 10, 0.15)
            .Expansion("a", spareCapacityPct, expansionDays);

    [Fact]
    public void Producer_switches_after_its_switching_time_once_stock_runs_out()
    {
        var data = WithAlternative(100, 0).Build();
        var p = Chain.Run(data, Chain.Scenario(365, "M")).Node("p", kind: "product");
        for (var t = 0; t < 30; t++) Assert.Equal(1.0, p.Series[t], 9);
        for (var t = 30; t < 40; t++) Assert.Equal(0.0, p.Series[t], 9);
        for (var t = 40; t < 365; t++) Assert.Equal(1.0, p.Series[t], 9);
        Assert.Equal(30, p.TtsDays.Median);
        Assert.Equal(40, p.TtrDays.Median);
    }

    [Fact]
    public void Substitution_is_limited_by_the_alternatives_spare_and_growing_capacity()
    {
        // Spare 10% of 10 a/day = 1 a/day against 2 a/day asked, plus new capacity growing over 3,650 days toward the ask.
        var data = WithAlternative(10, 3650).Build();
        var p = Chain.Run(data, Chain.Scenario(365, "M")).Node("p", kind: "product");
        for (var t = 40; t < 365; t++)
        {
            var expected = Math.Min(1.0, (1.0 + (t / 3650.0 * 2.0)) / 2.0);
            Assert.True(Math.Abs(p.Series[t] - expected) < 1e-6, $"day {t}: expected {expected}, got {p.Series[t]}");
        }
        Assert.Null(p.TtrDays.Median);
    }

    [Fact]
    public void An_alternative_cut_by_the_same_ban_adds_nothing()
    {
        var data = Chain.Builder().Measure("M", ["m", "a"], m => m with { Destinations = ["USA"], Effective = Chain.Start, Announced = Chain.Start })
            .Produced("a", ("CHN", 100)).Quantity("a", "CHN", 3650)
            .InUse("p", "m", "g").Alternative("p", "a", "g", 2, 10)
            .Expansion("a", 100, 0).Build();
        var p = Chain.Run(data, Chain.Scenario(365, "M")).Node("p", kind: "product");
        for (var t = 30; t < 365; t++) Assert.Equal(0.0, p.Series[t], 9);
    }

    [Fact]
    public void Without_a_shortage_the_alternative_carries_no_flow()
    {
        var data = WithAlternative(100, 0).Build();
        var r = Chain.RunAll(data, Chain.Scenario(365));
        Assert.Equal(1.0, r.Node("p", kind: "product").MinOutputFraction.Median!.Value, 9);
    }
}
