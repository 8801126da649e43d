using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>Issue 17 §1: a plant is one more producer node; a firm-targeted measure cuts only that plant's flow.</summary>
public sealed class FirmNodeTests
{
    [Fact]
    public void A_firm_targeted_ban_cuts_the_plant_share_of_supply_once_stocks_run_out()
    {
        // m: CHN 100%, of which plant acme-cn 25%. A ban on acme's exports leaves 75% of the USA's supply.
        var data = Chain.Builder().Firm("acme", "NLD").Plant("acme-cn", "acme", "m", "CHN", 25)
            .WithMeasure(m => m with { FirmTargets = ["acme"] }).Build();

        var result = Chain.RunAll(data, Chain.Scenario(365, "M"));
        var p = result.Node("p", kind: "product");
        var plant = result.Outcomes.Single(o => o.Label.Plant == "acme-cn");

        // 30 days of stock at a 0.25 daily shortfall last 120 days; then output is 0.75.
        Assert.All(p.Series.Take(119), v => Assert.Equal(1.0, v, 6));
        Assert.All(p.Series.Skip(125), v => Assert.Equal(0.75, v, 6));
        Assert.Equal("CHN", plant.Label.Country);
        Assert.Equal("m", plant.Label.Item);
    }

    [Fact]
    public void Splitting_a_country_into_plants_changes_nothing_without_a_firm_measure()
    {
        var whole = Chain.Builder().WithMeasure().Build();
        var split = Chain.Builder().Firm("acme", "NLD").Plant("acme-cn", "acme", "m", "CHN", 25).WithMeasure().Build();

        var a = Chain.Run(whole, Chain.Scenario(365, "M")).Node("p", kind: "product");
        var b = Chain.Run(split, Chain.Scenario(365, "M")).Node("p", kind: "product");

        Assert.Equal(a.Series, b.Series);
    }
}
