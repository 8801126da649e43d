using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>Where final demand is served from: trade.csv imports, else the country's own makers when it is listed as one, else the world mix.</summary>
public sealed class FinalDemandSourcingTests
{
    [Fact]
    public void Demand_in_a_country_listed_as_a_maker_is_served_by_its_own_makers_not_by_world_assembly_shares()
    {
        // p is assembled 60% in CHN; a ban on p from CHN must not touch US demand, which US makers serve.
        var data = new DatasetBuilder()
            .Produced("m", ("AUS", 100)).Item("p", Model.ItemKind.Product).Produced("p", ("CHN", 60), ("USA", 40))
            .Recipe("p", "m").Demand("p", "USA", 365)
            .Measure("P", ["p"], m => m with { Destinations = ["USA"], Effective = Chain.Start, Announced = Chain.Start })
            .Build();
        var demand = Chain.Run(data, Chain.Scenario(100, "P")).Node("p", kind: "demand");
        Assert.Null(demand.TtsDays.Median);
        Assert.Equal(1.0, demand.MinOutputFraction.Median!.Value, 9);
    }

    [Fact]
    public void Demand_in_a_country_that_makes_none_is_served_by_the_world_mix()
    {
        var data = new DatasetBuilder()
            .Produced("m", ("AUS", 100)).Item("p", Model.ItemKind.Product).Produced("p", ("CHN", 60), ("IND", 40))
            .Recipe("p", "m").Demand("p", "USA", 365)
            .Measure("P", ["p"], m => m with { Destinations = ["USA"], Effective = Chain.Start, Announced = Chain.Start })
            .Build();
        var demand = Chain.Run(data, Chain.Scenario(100, "P")).Node("p", kind: "demand");
        Assert.Equal(0, demand.TtsDays.Median);
        Assert.Equal(0.4, demand.MinOutputFraction.Median!.Value, 9);
    }

    [Fact]
    public void Trade_rows_for_the_product_make_the_demand_country_import_it()
    {
        var data = new DatasetBuilder()
            .Produced("m", ("AUS", 100)).Item("p", Model.ItemKind.Product).Produced("p", ("CHN", 60), ("USA", 40))
            .Recipe("p", "m").Demand("p", "USA", 365).Trade("p", "CHN", "USA", 1_000_000)
            .Measure("P", ["p"], m => m with { Destinations = ["USA"], Effective = Chain.Start, Announced = Chain.Start })
            .Build();
        var demand = Chain.Run(data, Chain.Scenario(100, "P")).Node("p", kind: "demand");
        Assert.Equal(0, demand.TtsDays.Median);
        Assert.Equal(0.0, demand.MinOutputFraction.Median!.Value, 9);
    }
}
