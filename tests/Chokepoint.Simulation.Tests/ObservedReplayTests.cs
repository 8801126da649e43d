using Chokepoint.Model;
using Chokepoint.Simulation.Backtest;
using Chokepoint.Simulation.Calibration;
using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>Replays that take observed flows as given (issue 18 §3) and the size of losses (§4), on the chain of <see cref="Chain"/>.</summary>
public sealed class ObservedReplayTests
{
    private static readonly DateOnly March = new(2025, 3, 1);

    private static ObservedFlow Flow(int month, double quantity) =>
        new(new DateOnly(2025, month, 1), ["m"], "CHN", Names.Everyone, quantity, "t", DatasetBuilder.SourceId);

    private static Dataset Licensed(params ObservedFlow[] flows) =>
        new(Chain.Builder().Measure("M", ["m"], m => m with
        {
            Kind = MeasureKind.Licence, Effective = March, Announced = March, ApprovalRate = 0.9, LicenceDelayDays = 0,
        }).Tables() with { ObservedFlows = flows });

    [Fact]
    public void Observed_exports_replace_the_registry_rate_while_they_last()
    {
        // Base: January and February 100 t; March and April 0 t, then back to 100 t.
        var data = Licensed(Flow(1, 100), Flow(2, 100), Flow(3, 0), Flow(4, 0), Flow(5, 100));
        var scenario = Chain.Scenario(365, "M");

        var registry = Chain.Run(data, scenario).Node("p", kind: "product");
        var (observed, replay, notes) = ObservedFlowPhases.Apply(data, scenario);
        var driven = Chain.Run(observed, replay).Node("p", kind: "product");

        // The registry passes 0.9 from 1 March (day 59): 30 days of stock cover a 0.1 gap for 300 days, to day 359.
        Assert.InRange(registry.TtsDays.Median!.Value, 358, 360);
        // Observed: nothing passes from 1 March (day 59); 30 days of stock run out on day 89.
        Assert.InRange(driven.TtsDays.Median!.Value, 88, 90);
        Assert.Contains(notes, n => n.Contains("driven by the observed series", StringComparison.Ordinal));
    }

    [Fact]
    public void Magnitude_sets_modelled_lost_output_against_the_published_change()
    {
        var tables = Chain.Builder().WithMeasure().Tables() with
        {
            ObservedOutput =
            [
                new ObservedOutput(new DateOnly(2025, 4, 1), ["p"], "USA", 90, "units", -10, "p output", DatasetBuilder.SourceId),
                new ObservedOutput(new DateOnly(2025, 5, 1), ["p"], "USA", 120, "units", 20, "p output", DatasetBuilder.SourceId),
            ],
        };
        var data = new Dataset(tables);
        var scenario = Chain.Scenario(365, "M");

        var result = Backtester.Compare(data, scenario, Chain.Run(data, scenario));

        // A ban from day 0 with 30 days of stock: nothing is made in April or May.
        Assert.Equal(100, result.Outputs[0].ModelledLossPct!.Value, 6);
        Assert.Equal(10, result.Outputs[0].ObservedLossPct!.Value, 6);
        Assert.Equal(0, result.Outputs[1].ObservedLossPct!.Value, 6);
        Assert.Equal((90 + 100) / 2.0, result.Score.MagnitudeMaePp!.Value, 6);
        Assert.Equal(2, result.Score.MagnitudeMonths);
    }
}
