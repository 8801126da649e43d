using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

/// <summary>Measures as written (issue 9 §2): scope clauses with their own dates, licence phases, commitments, review date.</summary>
public sealed class ScopeAndPhaseTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static double Pass(Dataset d, string date, string item, string supplier, string buyer) =>
        Blockade.AsOf(d, D(date)).Pass(item, supplier, buyer);

    private static Func<ControlMeasure, ControlMeasure> Licence(double approval, params ScopeClause[] scope) =>
        m => m with { Kind = MeasureKind.Licence, ApprovalRate = approval, Scope = scope };

    [Theory]
    [InlineData("2025-03-31", 1.0)]
    [InlineData("2025-04-01", 0.0)]
    public void Clause_a_reaches_the_issuers_exports_from_its_own_date(string date, double expected)
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m")
            .Measure("a", ["m"], m => m with { Scope = [new ScopeClause(ScopeKind.Export, D("2025-04-01"))] }).Build();

        Assert.Equal(expected, Pass(d, date, "m", "CHN", "USA"), 9);
    }

    [Theory]
    [InlineData("2025-10-08", 1.0)]
    [InlineData("2025-10-09", 0.5)]
    public void Clause_b_reaches_reexports_of_issuer_origin_items_from_its_date(string date, double expected)
    {
        // Germany makes no m; it re-exports what it buys: all from China. A 50% licence passes half.
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m")
            .Trade("m", "CHN", "DEU", 100)
            .Measure("b", ["m"], Licence(0.5, new ScopeClause(ScopeKind.Export, D("2025-01-01")), new ScopeClause(ScopeKind.Reexport, D("2025-10-09"))))
            .Build();

        Assert.Equal(expected, Pass(d, date, "m", "DEU", "USA"), 9);
    }

    [Fact]
    public void Clause_b_does_not_reach_a_producer_outside_the_issuer_using_ore_from_elsewhere()
    {
        // Japan makes magnets from Australian ore: its output is not of Chinese origin.
        var d = new DatasetBuilder().Produced("magnet", ("CHN", 90), ("JPN", 10)).Produced("ore", ("AUS", 100))
            .Product("p").Recipe("p", "magnet").Recipe("magnet", "ore")
            .Measure("b", ["magnet"], Licence(0.0, new ScopeClause(ScopeKind.Export, D("2025-01-01")), new ScopeClause(ScopeKind.Reexport, D("2025-01-01"))))
            .Build();

        Assert.Equal(1.0, Pass(d, "2025-06-01", "magnet", "JPN", "USA"), 9);
        Assert.Equal(0.0, Pass(d, "2025-06-01", "magnet", "CHN", "USA"), 9);
        Assert.Equal(0.9, new ExposureAnalysis(d, Blockade.AsOf(d, D("2025-06-01"))).OutputAtRisk("p", "USA"), 9);
    }

    [Theory]
    [InlineData("2025-11-30", 1.0)]
    [InlineData("2025-12-01", 0.4)]
    public void Clause_c_reaches_foreign_goods_made_with_issuer_content_from_its_date(string date, double expected)
    {
        // Japanese magnets use oxide bought 60% from China: 60% of their output carries Chinese content and is banned.
        var d = new DatasetBuilder().Produced("magnet", ("CHN", 90), ("JPN", 10)).Produced("oxide", ("CHN", 60), ("AUS", 40))
            .Product("p").Recipe("p", "magnet").Recipe("magnet", "oxide")
            .Measure("c", ["magnet"], m => m with
            {
                Scope = [new ScopeClause(ScopeKind.Reexport, D("2025-10-09")), new ScopeClause(ScopeKind.ForeignContent, D("2025-12-01"), 0.1)],
            })
            .Build();

        Assert.Equal(expected, Pass(d, date, "magnet", "JPN", "USA"), 9);
    }

    [Fact]
    public void Reach_share_limits_a_rule_to_the_trade_of_listed_entities()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m")
            .Measure("listed", ["m"], m => m with { ReachShare = 0.25 }).Build();

        Assert.Equal(0.75, Pass(d, "2025-06-01", "m", "CHN", "USA"), 9);
    }

    [Theory]
    [InlineData("2025-05-01", "USA", 0.1)]
    [InlineData("2025-05-01", "DEU", 0.3)]
    [InlineData("2025-07-01", "USA", 0.5)]
    [InlineData("2025-07-01", "DEU", 0.9)]
    public void A_licence_phase_changes_the_pass_fraction_from_its_date_and_per_destination(string date, string buyer, double expected)
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m")
            .Measure("ph", ["m"], m => m with
            {
                Kind = MeasureKind.Licence, ApprovalRate = 0.5,
                Phases =
                [
                    new LicencePhase { From = D("2025-01-01"), ApprovalRate = 0.3 },
                    new LicencePhase { From = D("2025-01-01"), Destinations = ["USA"], ApprovalRate = 0.1 },
                    new LicencePhase { From = D("2025-07-01"), ApprovalRate = 0.9 },
                    new LicencePhase { From = D("2025-07-01"), Destinations = ["USA"], ApprovalRate = 0.5 },
                ],
            })
            .Build();

        Assert.Equal(expected, Pass(d, date, "m", "CHN", buyer), 9);
    }

    [Fact]
    public void An_announced_commitment_changes_nothing_until_enacted()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m")
            .Measure("ban", ["m"])
            .Measure("promise", [], m => m with { Kind = MeasureKind.Suspension, Suspends = ["ban"], Enacted = false, Announced = D("2025-11-01"), Effective = D("2025-11-10") })
            .Build();
        var resolver = new MeasureResolver(d.Tables.Controls);

        Assert.Equal(MeasureStatus.Announced, resolver.StatusOn(d.Measures["promise"], D("2026-01-01")));
        Assert.Equal(MeasureStatus.InForce, resolver.StatusOn(d.Measures["ban"], D("2026-01-01")));
        Assert.Equal(0.0, Pass(d, "2026-01-01", "m", "CHN", "USA"), 9);
    }

    private static Dataset Suspended(DateOnly? reviewed)
    {
        var b = new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m")
            .Measure("ban", ["m"], m => m with { Announced = D("2025-10-09"), Effective = D("2025-10-09") })
            .Measure("pause", [], m => m with { Kind = MeasureKind.Suspension, Suspends = ["ban"], Announced = D("2025-11-07"), Effective = D("2025-11-07"), Ended = D("2026-11-10") });
        if (reviewed is { } r) b.ReviewedThrough(r);
        return b.Build();
    }

    [Fact]
    public void After_the_review_date_a_lapsing_suspension_is_unverified_and_analyses_keep_the_reviewed_status()
    {
        var d = Suspended(D("2026-04-20"));
        var rows = ControlQuery.Run(d, new ControlFilter { AsOf = D("2026-11-29") });

        var ban = Assert.Single(rows, r => r.Measure.Id == "ban");
        Assert.Equal(MeasureStatus.Unverified, ban.Status);
        Assert.Equal(MeasureStatus.InForce, ban.StatusIfUnchanged);
        var pause = Assert.Single(rows, r => r.Measure.Id == "pause");
        Assert.Equal(MeasureStatus.Unverified, pause.Status);
        Assert.Equal(MeasureStatus.Ended, pause.StatusIfUnchanged);
        Assert.Equal(1.0, Pass(d, "2026-11-29", "m", "CHN", "USA"), 9);
        Assert.Contains("reviewed through 2026-04-20", ReviewNotice.Line(d, D("2026-11-29")), StringComparison.Ordinal);
    }

    [Fact]
    public void On_or_before_the_review_date_and_without_one_the_recorded_dates_apply()
    {
        var reviewed = Suspended(D("2026-12-01"));
        var undeclared = Suspended(null);

        Assert.Equal(MeasureStatus.InForce, ControlQuery.Run(reviewed, new ControlFilter { AsOf = D("2026-11-29") }).Single(r => r.Measure.Id == "ban").Status);
        Assert.Equal(0.0, Pass(undeclared, "2026-11-29", "m", "CHN", "USA"), 9);
        Assert.Null(ReviewNotice.Line(undeclared, D("2026-11-29")));
    }
}
