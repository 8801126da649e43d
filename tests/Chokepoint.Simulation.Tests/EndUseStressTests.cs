using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>The stress test applies each buyer's end-use rule (issue 17 §2), resolved per edge when the scenario is compiled.</summary>
public sealed class EndUseStressTests
{
    private static readonly DateOnly Start = Chain.Start;

    // m is made only in China; the USA makes a missile (military demand) and a car (civil demand) from it, 30 days of m each.
    private static Dataset Data(Func<ControlMeasure, ControlMeasure> measure) =>
        new DatasetBuilder().Produced("m", ("CHN", 100))
            .Product("missile").Recipe("missile", "m").Demand("missile", "USA", 365, Names.MilitaryUse)
            .Product("car").Recipe("car", "m").Demand("car", "USA", 365)
            .Stock("m", "USA", 30)
            .Measure("M", ["m"], m => measure(m with { Destinations = ["USA"], Effective = Start, Announced = Start }))
            .Build();

    [Fact]
    public void A_military_use_ban_refuses_defence_demand_while_civil_demand_passes()
    {
        var r = Chain.Run(Data(m => m with { EndUses = [Names.MilitaryUse] }), Chain.Scenario(365, "M"));

        var missile = r.Node("missile", kind: "product");
        var car = r.Node("car", kind: "product");
        // The missile maker's 30 days of m run out; the car maker never loses a day.
        Assert.All(missile.Series.Take(30), v => Assert.Equal(1.0, v, 6));
        Assert.All(missile.Series.Skip(31), v => Assert.Equal(0.0, v, 6));
        Assert.All(car.Series, v => Assert.Equal(1.0, v, 6));
    }

    [Fact]
    public void A_phase_for_general_licence_holders_passes_them_alone()
    {
        var data = new DatasetBuilder().Produced("m", ("CHN", 100))
            .Product("a").Recipe("a", "m").Demand("a", "USA", 365, "general-licence")
            .Product("b").Recipe("b", "m").Demand("b", "USA", 365)
            .Measure("M", ["m"], m => m with
            {
                Kind = MeasureKind.Licence, ApprovalRate = 0.0, LicenceDelayDays = 0, Destinations = ["USA"], Effective = Start, Announced = Start,
                Phases = [new LicencePhase { From = Start, EndUses = ["general-licence"], ApprovalRate = 1.0 }],
            })
            .Build();

        var r = Chain.Run(data, Chain.Scenario(100, "M"));

        Assert.All(r.Node("a", kind: "product").Series, v => Assert.Equal(1.0, v, 6));
        Assert.All(r.Node("b", kind: "product").Series.Skip(1), v => Assert.Equal(0.0, v, 6));
    }
}
