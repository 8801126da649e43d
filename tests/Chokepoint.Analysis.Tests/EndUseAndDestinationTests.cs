using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

/// <summary>Licences by destination and by end use (issue 17 §2), in the static exposure.</summary>
public sealed class EndUseAndDestinationTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_destinations_phase_differs_from_anothers_on_the_same_measure()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m")
            .Measure("lic", ["m"], m => m with
            {
                Kind = MeasureKind.Licence, ApprovalRate = 0.5,
                Phases =
                [
                    new LicencePhase { From = D("2025-04-04"), ApprovalRate = 0.26 },
                    new LicencePhase { From = D("2025-04-04"), Destinations = ["USA"], ApprovalRate = 0.07 },
                ],
            })
            .Build();
        var blockade = Blockade.AsOf(d, D("2025-05-15"));

        Assert.Equal(0.07, blockade.Pass("m", "CHN", "USA"), 9);
        Assert.Equal(0.26, blockade.Pass("m", "CHN", "DEU"), 9);
    }

    [Fact]
    public void An_end_use_phase_beats_the_destination_phase_for_its_buyers_alone()
    {
        var m = new ControlMeasure
        {
            Id = "lic", Issuer = "CHN", Kind = MeasureKind.Licence, Announced = D("2025-04-04"), Effective = D("2025-04-04"),
            Items = ["m"], ApprovalRate = 0.5,
            Phases =
            [
                new LicencePhase { From = D("2025-12-02"), Destinations = ["USA"], ApprovalRate = 0.9 },
                new LicencePhase { From = D("2025-12-02"), EndUses = [Names.EndUses[3]], ApprovalRate = 1.0 },
            ],
        };

        Assert.Equal(1.0, m.PassOn(D("2025-12-10"), "USA", "general-licence"), 9);
        Assert.Equal(0.9, m.PassOn(D("2025-12-10"), "USA", Names.CivilUse), 9);
        Assert.Equal(0.5, m.PassOn(D("2025-12-10"), "DEU", Names.CivilUse), 9);
    }

    [Fact]
    public void A_military_use_ban_refuses_defence_demand_while_civil_demand_passes()
    {
        // One magnet made only in China, used by a missile (military demand) and a car (civil demand) in the USA.
        var d = new DatasetBuilder().Produced("magnet", ("CHN", 100))
            .Product("missile").Recipe("missile", "magnet").Product("car").Recipe("car", "magnet")
            .Demand("missile", "USA", 100, Names.MilitaryUse).Demand("car", "USA", 1000)
            .Measure("mil", ["magnet"], m => m with { Destinations = ["USA"], EndUses = [Names.MilitaryUse] })
            .Build();
        var analysis = new ExposureAnalysis(d, Blockade.AsOf(d, D("2025-06-01")));

        var missile = analysis.AnalyseMadeIn("missile", "USA");
        Assert.Equal(1.0, missile.OutputAtRisk, 9);
        Assert.Equal(Names.MilitaryUse, missile.EndUse);
        Assert.Equal(0.0, analysis.AnalyseMadeIn("car", "USA").OutputAtRisk, 9);
    }

    [Fact]
    public void Makers_of_defence_items_are_military_users_without_a_demand_row()
    {
        var d = new DatasetBuilder().Item("radar", ItemKind.Component, EndUseClass.DefenceIndustry).Item("chip")
            .Demand("car", "USA", 1, Names.CivilUse).Build();

        Assert.Equal(Names.MilitaryUse, EndUseClass.Of(d, "radar", "USA"));
        Assert.Equal(Names.CivilUse, EndUseClass.Of(d, "chip", "USA"));
        Assert.Equal(Names.CivilUse, EndUseClass.Of(d, "car", "USA"));
    }

    [Fact]
    public void After_the_review_date_exposure_is_given_if_the_recorded_end_holds_and_if_extended()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m")
            .Measure("ban", ["m"], m => m with { Announced = D("2025-10-09"), Effective = D("2025-10-09") })
            .Measure("pause", [], m => m with { Kind = MeasureKind.Suspension, Suspends = ["ban"], Announced = D("2025-11-07"), Effective = D("2025-11-07"), Ended = D("2026-11-11") })
            .ReviewedThrough(D("2026-04-20"))
            .Build();

        var branches = ExposureBranches.Of(d, "p", "USA", D("2026-12-01"), madeIn: true);

        Assert.NotNull(branches);
        Assert.Equal(1.0, branches.IfRecordedEnd.OutputAtRisk, 9);
        Assert.Equal(0.0, branches.IfExtended.OutputAtRisk, 9);
        Assert.Null(ExposureBranches.Of(d, "p", "USA", D("2026-11-10"), madeIn: true));
    }

    [Fact]
    public void Before_the_review_date_there_is_a_single_answer()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m")
            .Measure("ban", ["m"]).ReviewedThrough(D("2026-04-20")).Build();

        Assert.Null(ExposureBranches.Of(d, "p", "USA", D("2026-01-01"), madeIn: false));
    }

    [Fact]
    public void After_the_review_date_leverage_rows_say_in_which_branch_their_measure_is_in_force()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m").Demand("p", "USA", 10).UnitValue("p", 100)
            .Measure("ban", ["m"], m => m with { Announced = D("2025-10-09"), Effective = D("2025-10-09") })
            .Measure("pause", [], m => m with { Kind = MeasureKind.Suspension, Suspends = ["ban"], Announced = D("2025-11-07"), Effective = D("2025-11-07"), Ended = D("2026-11-11") })
            .ReviewedThrough(D("2026-04-20"))
            .Build();

        var after = Assert.Single(Leverage.LeverageAnalysis.AsOf(d, "CHN", "USA", D("2026-12-01")));
        Assert.Equal(new Leverage.LeverageBranches(IfRecordedEnd: true, IfExtended: false), after.Branches);
        Assert.Empty(Leverage.LeverageAnalysis.AsOf(d, "CHN", "USA", D("2026-06-01")));
    }
}
