using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>Where final demand is served from: the demand country's own makers, unless trade.csv gives its imports.</summary>
public sealed class FinalDemandSourcingTests
{
    [Fact]
    public void Demand_is_served_by_makers_in_the_demand_country_not_by_world_assembly_shares()
    {
        // p is assembled 100% in CHN by world shares; a ban on p from CHN must not touch US demand, which US makers serve.
        var data = new DatasetBuilder()
            .Produced("m", ("AUS", 100)).Item("p", Model.ItemKind.Product).Produced("p", ("CHN", 100))
            .Recipe("p", "m").Demand("p", "USA", 365)
            .Measure("P", ["p"], m => m with { Destinations = ["USA"], Effective = Chain.Start, Announced = Chain.Start })
            .Build();
        var demand = Chain.Run(data, Chain.Scenario(100, "P")).Node("p", kind: "demand");
        Assert.Null(demand.TtsDays.Median);
        Assert.Equal(1.0, demand.MinOutputFraction.Median!.Value, 9);
    }

    [Fact]
    public void Trade_rows_for_the_product_make_the_demand_country_import_it()
    {
        var data = new DatasetBuilder()
            .Produced("m", ("AUS", 100)).Item("p", Model.ItemKind.Product).Produced("p", ("CHN", 100))
            .Recipe("p", "m").Demand("p", "USA", 365).Trade("p", "CHN", "USA", 1_000_000)
            .Measure("P", ["p"], m => m with { Destinations = ["USA"], Effective = Chain.Start, Announced = Chain.Start })
            .Build();
        var demand = Chain.Run(data, Chain.Scenario(100, "P")).Node("p", kind: "demand");
        Assert.Equal(0, demand.TtsDays.Median);
        Assert.Equal(0.0, demand.MinOutputFraction.Median!.Value, 9);
    }
}
