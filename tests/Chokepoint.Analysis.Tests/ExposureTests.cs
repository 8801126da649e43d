using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

public sealed class ExposureTests
{
    private static readonly DateOnly OnDate = new(2025, 6, 1);

    private static ExposureResult FromChina(Dataset d, string importer = "USA") =>
        new ExposureAnalysis(d, Blockade.From("CHN")).Analyse("p", importer);

    private static ExposureResult AsOf(Dataset d, string importer = "USA", DateOnly? date = null, double? approval = null) =>
        new ExposureAnalysis(d, Blockade.AsOf(d.Tables.Controls, date ?? OnDate, approval)).Analyse("p", importer);

    [Fact]
    public void Single_source_input_blocked_puts_all_output_at_risk()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m").Build();
        var r = FromChina(d);
        Assert.Equal(1.0, r.OutputAtRisk, 9);
        Assert.Equal(["p", "m"], r.LimitingPath);
        Assert.Equal(1.0, r.Inputs.Single().ShareBlocked, 9);
    }

    [Fact]
    public void Sixty_forty_split_puts_sixty_percent_at_risk()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 60), ("AUS", 40)).Product("p").Recipe("p", "m").Build();
        Assert.Equal(0.6, FromChina(d).OutputAtRisk, 9);
    }

    [Fact]
    public void Two_tiers_multiply_so_ninety_percent_twice_is_ninety_nine()
    {
        var d = new DatasetBuilder()
            .Produced("magnet", ("CHN", 90), ("JPN", 10))
            .Produced("oxide", ("CHN", 90), ("MYS", 10))
            .Product("p").Recipe("p", "magnet").Recipe("magnet", "oxide").Build();
        var r = FromChina(d);
        Assert.Equal(0.99, r.OutputAtRisk, 9);
        Assert.Equal(["p", "magnet", "oxide"], r.LimitingPath);
        Assert.Equal(0.01, r.Inputs.Single().Available, 9);
    }

    [Fact]
    public void Non_essential_input_never_limits_availability()
    {
        var d = new DatasetBuilder()
            .Produced("m", ("AUS", 100)).Produced("extra", ("CHN", 100))
            .Product("p").Recipe("p", "m").Recipe("p", "extra", essential: false).Build();
        Assert.Equal(0.0, FromChina(d).OutputAtRisk, 9);
    }

    [Fact]
    public void Measure_toward_the_USA_does_not_change_exposure_of_Germany()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p", "DEU").Product("q").Recipe("p", "m")
            .Measure("ban-usa", ["m"], m => m with { Destinations = ["USA"] }).Build();
        Assert.Equal(0.0, AsOf(d, "DEU").OutputAtRisk, 9);
        Assert.Equal(["ban-usa"], AsOf(d, "DEU").Blocked);
    }

    [Fact]
    public void Licence_regime_passing_a_quarter_leaves_three_quarters_at_risk()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m")
            .Measure("lic", ["m"], m => m with { Kind = MeasureKind.Licence, ApprovalRate = 0.25 }).Build();
        Assert.Equal(0.75, AsOf(d).OutputAtRisk, 9);
    }

    [Fact]
    public void Approval_rate_option_overrides_the_measure()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m")
            .Measure("lic", ["m"], m => m with { Kind = MeasureKind.Licence, ApprovalRate = 0.25 }).Build();
        Assert.Equal(0.4, AsOf(d, approval: 0.6).OutputAtRisk, 9);
    }

    [Fact]
    public void Suspended_measure_blocks_nothing_and_blocks_again_after_the_suspension_lapses()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m")
            .Measure("ban", ["m"], m => m with { SuspendedFrom = new DateOnly(2025, 5, 1), SuspendedUntil = new DateOnly(2025, 7, 1) }).Build();
        Assert.Equal(1.0, AsOf(d, date: new DateOnly(2025, 4, 30)).OutputAtRisk, 9);
        Assert.Equal(0.0, AsOf(d, date: new DateOnly(2025, 6, 1)).OutputAtRisk, 9);
        Assert.Equal(1.0, AsOf(d, date: new DateOnly(2025, 7, 1)).OutputAtRisk, 9);
    }

    [Fact]
    public void Suspension_measure_suspends_the_measures_it_lists_while_in_force()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m")
            .Measure("ban", ["m"])
            .Measure("pause", [], m => m with { Kind = MeasureKind.Suspension, Effective = new DateOnly(2025, 5, 1), Announced = new DateOnly(2025, 5, 1), Ended = new DateOnly(2025, 7, 1), Suspends = ["ban"] })
            .Build();
        Assert.Equal(0.0, AsOf(d, date: new DateOnly(2025, 6, 1)).OutputAtRisk, 9);
        Assert.Equal(1.0, AsOf(d, date: new DateOnly(2025, 7, 1)).OutputAtRisk, 9);
    }

    [Fact]
    public void Own_trade_mix_overrides_world_shares()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Product("q", "FRA")
            .Recipe("p", "m").Recipe("q", "m").Trade("m", "AUS", "USA", 1_000_000).Build();
        Assert.Equal(0.0, FromChina(d, "USA").OutputAtRisk, 9);
        var q = new ExposureAnalysis(d, Blockade.From("CHN")).Analyse("q", "FRA");
        Assert.Equal(1.0, q.OutputAtRisk, 9);
    }

    [Fact]
    public void Blocking_only_listed_items_leaves_other_inputs_flowing()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Produced("n", ("CHN", 50), ("AUS", 50))
            .Product("p").Recipe("p", "m").Recipe("p", "n").Build();
        var r = new ExposureAnalysis(d, Blockade.From("CHN", ["n"])).Analyse("p", "USA");
        Assert.Equal(0.5, r.OutputAtRisk, 9);
        Assert.Equal(["CHN:n"], r.Blocked);
    }

    [Fact]
    public void Importer_that_is_the_issuer_is_not_blocked()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p", "CHN").Recipe("p", "m").Build();
        Assert.Equal(0.0, FromChina(d, "CHN").OutputAtRisk, 9);
    }
}
