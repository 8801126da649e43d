using Chokepoint.Model;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>Components that fell short are named even when the default table lists products only.</summary>
public sealed class ShortComponentsTests
{
    [Fact]
    public void A_component_short_of_a_banned_input_is_named_with_its_first_day_and_lowest_output()
    {
        // p is made in the USA from component c, made there from m (CHN 100%, banned from day 0, 30 days of m at c's makers).
        var data = new DatasetBuilder().Produced("m", ("CHN", 100)).Item("c", ItemKind.Component).Produced("c", ("USA", 100))
            .Product("p").Recipe("p", "c").Recipe("c", "m").Demand("p", "USA", 365).StockHeldBy("m", "USA", "c", 30)
            .Measure("M", ["m"], m => m with { Destinations = ["USA"], Effective = Chain.Start, Announced = Chain.Start }).Build();

        var components = ShortComponents.Of(NetworkCompiler.Compile(data, Chain.Scenario(365, "M")));

        var c = Assert.Single(components);
        Assert.Equal(("c", "USA", 30, 0.0), (c.Item, c.Country, c.TtsDay, c.MinOutputFraction));
    }

    [Fact]
    public void Nothing_is_named_when_no_component_falls_short()
    {
        var data = new DatasetBuilder().Produced("m", ("CHN", 100)).Item("c", ItemKind.Component).Produced("c", ("USA", 100))
            .Product("p").Recipe("p", "c").Recipe("c", "m").Demand("p", "USA", 365).Build();

        Assert.Empty(ShortComponents.Of(NetworkCompiler.Compile(data, Chain.Scenario(365))));
    }
}
