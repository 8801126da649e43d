using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>
/// Issue 17: a domestic-share rule (sourcing_rules.csv) serves that share of a country's demand from its own makers and
/// the rest by its imports: trade.csv where it has rows, else the world mix without the country itself.
/// </summary>
public sealed class DomesticShareTests
{
    private const double Tol = 1e-9;

    // p is made 60% in CHN, 20% in the USA, 20% in IND; US buyers take 70% from US makers.
    private static DatasetBuilder Network() => new DatasetBuilder()
        .Produced("m", ("AUS", 100)).Item("p", Model.ItemKind.Product).Produced("p", ("CHN", 60), ("USA", 20), ("IND", 20))
        .Recipe("p", "m").Demand("p", "USA", 365).DomesticShare("USA", "p", 70)
        .Measure("P", ["p"], m => m with { Destinations = ["USA"], Effective = Chain.Start, Announced = Chain.Start });

    [Fact]
    public void Domestic_share_splits_demand_between_own_makers_and_the_world_mix_without_the_buyer()
    {
        // Imports 0.3 a day on the world mix without the USA: CHN 60/80 and IND 20/80 of it, 0.225 and 0.075.
        var r = Chain.Run(Network().Build(), Chain.Scenario(100), new SimulationOptions(Flows: true));

        Assert.Equal(0.225, r.Flows.Single(f => f.Key is { Item: "p", Exporter: "CHN", Importer: "USA" }).BaselinePerDay, Tol);
        Assert.Equal(0.075, r.Flows.Single(f => f.Key is { Item: "p", Exporter: "IND", Importer: "USA" }).BaselinePerDay, Tol);
        Assert.DoesNotContain(r.Flows, f => f.Key is { Item: "p", Exporter: "USA" });
    }

    [Fact]
    public void A_ban_on_the_imported_part_cuts_only_that_part()
    {
        // A ban on p from CHN to the USA removes CHN's 0.225: demand gets 0.775 until free producers grow.
        var demand = Chain.Run(Network().Build(), Chain.Scenario(100, "P")).Node("p", kind: "demand");

        Assert.Equal(0, demand.TtsDays.Median);
        Assert.Equal(0.775, demand.MinOutputFraction.Median!.Value, Tol);
    }

    [Fact]
    public void With_trade_rows_the_rest_follows_the_buyers_imports()
    {
        // trade.csv: the USA imports p equally from CHN and IND, so CHN carries half of the 0.3 imported.
        var data = Network().Trade("p", "CHN", "USA", 1_000_000).Trade("p", "IND", "USA", 1_000_000).Build();

        var demand = Chain.Run(data, Chain.Scenario(100, "P")).Node("p", kind: "demand");

        Assert.Equal(0.85, demand.MinOutputFraction.Median!.Value, Tol);
    }

    [Fact]
    public void The_run_says_which_demand_is_on_the_world_mix_and_which_has_a_domestic_share()
    {
        var data = Network().Demand("p", "FRA", 365).Build();

        var notes = Chain.Run(data, Chain.Scenario(10)).Notes;

        Assert.Contains(notes, n => n.StartsWith("p bought in USA: 70% from its own makers", StringComparison.Ordinal) && n.Contains("world mix without it", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("p bought in FRA: the world mix", StringComparison.Ordinal));
    }

    [Fact]
    public void A_share_from_the_makers_of_another_origin_leaves_the_issuer_only_the_rest()
    {
        // Turbines: CHN 60, ROW 40 of the world; German buyers take 92% from ROW makers, so a ban from CHN costs 8%.
        var data = new DatasetBuilder()
            .Produced("m", ("AUS", 100)).Item("t", Model.ItemKind.Product).Produced("t", ("CHN", 60), ("ROW", 40))
            .Recipe("t", "m").Demand("t", "DEU", 365).DomesticShare("DEU", "t", 92, "ROW")
            .Measure("T", ["t"], m => m with { Destinations = ["DEU"], Effective = Chain.Start, Announced = Chain.Start })
            .Build();

        var r = Chain.Run(data, Chain.Scenario(100, "T"));

        Assert.Equal(0.92, r.Node("t", "DEU", "demand").MinOutputFraction.Median!.Value, Tol);
        Assert.Contains(r.Notes, n => n.StartsWith("t bought in DEU: 92% from makers in ROW", StringComparison.Ordinal) && n.Contains("world mix without ROW", StringComparison.Ordinal));
    }
}
