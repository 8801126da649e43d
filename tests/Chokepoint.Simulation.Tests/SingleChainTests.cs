using Chokepoint.Model;

namespace Chokepoint.Simulation.Tests;

/// <summary>The hand-checkable semantics 1–5 of issue 4 on the single chain (see <see cref="Chain"/>).</summary>
public sealed class SingleChainTests
{
    private const double Tol = 1e-6;

    private static void AssertSeries(IReadOnlyList<double> series, int from, int to, double expected)
    {
        for (var t = from; t < to; t++)
            Assert.True(Math.Abs(series[t] - expected) < Tol, $"day {t}: expected {expected}, got {series[t]}");
    }

    [Fact]
    public void Ban_with_thirty_days_of_stock_survives_thirty_days_and_never_recovers()
    {
        var data = Chain.Builder().WithMeasure().Build();
        var r = Chain.Run(data, Chain.Scenario(365, "M"));
        var p = r.Node("p", kind: "product");
        AssertSeries(p.Series, 0, 30, 1.0);
        AssertSeries(p.Series, 30, 365, 0.0);
        Assert.Equal(30, p.TtsDays.Median);
        Assert.Null(p.TtrDays.Median);
        Assert.Equal(0.0, p.MinOutputFraction.Median!.Value, 9);
        Assert.Equal(100.0 * 335 / 365, p.LostOutputPct.Median!.Value, 6);
        Assert.Equal(30, r.Node("p", kind: "demand").TtsDays.Median);
    }

    [Fact]
    public void Ban_on_sixty_percent_supplier_without_spare_capacity_drops_to_forty_percent_after_fifty_days()
    {
        var data = Chain.Builder(("CHN", 60), ("AUS", 40)).WithMeasure().Build();
        var p = Chain.Run(data, Chain.Scenario(365, "M")).Node("p", kind: "product");
        AssertSeries(p.Series, 0, 50, 1.0);
        AssertSeries(p.Series, 50, 365, 0.4);
        Assert.Equal(50, p.TtsDays.Median);
        Assert.Null(p.TtrDays.Median);
    }

    [Fact]
    public void Licence_at_half_approval_after_twenty_days_delay_survives_forty_days_then_halves()
    {
        var data = Chain.Builder().WithMeasure(m => m with { Kind = MeasureKind.Licence, ApprovalRate = 0.5, LicenceDelayDays = 20 }).Build();
        var p = Chain.Run(data, Chain.Scenario(365, "M")).Node("p", kind: "product");
        AssertSeries(p.Series, 0, 40, 1.0);
        AssertSeries(p.Series, 40, 365, 0.5);
        Assert.Equal(40, p.TtsDays.Median);
        Assert.Null(p.TtrDays.Median);
    }

    [Fact]
    public void Licence_suspended_from_day_100_recovers_fully_on_day_100()
    {
        var data = Chain.Builder()
            .WithMeasure(m => m with { Kind = MeasureKind.Licence, ApprovalRate = 0.5, LicenceDelayDays = 20, SuspendedFrom = Chain.Start.AddDays(100) })
            .Build();
        var p = Chain.Run(data, Chain.Scenario(365, "M")).Node("p", kind: "product");
        AssertSeries(p.Series, 0, 40, 1.0);
        AssertSeries(p.Series, 40, 100, 0.5);
        AssertSeries(p.Series, 100, 365, 1.0);
        Assert.Equal(40, p.TtsDays.Median);
        Assert.Equal(100, p.TtrDays.Median);
    }

    [Fact]
    public void Suspension_measure_listing_the_licence_lifts_it_from_its_effective_day()
    {
        var day100 = Chain.Start.AddDays(100);
        var data = Chain.Builder()
            .WithMeasure(m => m with { Kind = MeasureKind.Licence, ApprovalRate = 0.5, LicenceDelayDays = 20 })
            .Measure("S", [], m => m with { Kind = MeasureKind.Suspension, Items = [], Suspends = ["M"], Announced = day100, Effective = day100 })
            .Build();
        var p = Chain.Run(data, Chain.Scenario(365, "M")).Node("p", kind: "product");
        AssertSeries(p.Series, 40, 100, 0.5);
        AssertSeries(p.Series, 100, 365, 1.0);
        Assert.Equal(100, p.TtrDays.Median);
    }

    [Fact]
    public void Expansion_over_365_days_grows_remaining_supplier_linearly_until_output_is_back()
    {
        var data = Chain.Builder(("CHN", 60), ("AUS", 40)).Expansion("m", 0, 365).WithMeasure().Build();
        var p = Chain.Run(data, Chain.Scenario(730, "M")).Node("p", kind: "product");
        // By hand: AUS delivers 0.4 + 0.6·t/365 on day t; the stock of 30 covers the gap 0.6·(1 − t/365).
        // Σ_{t=0..52} = 29.535 ≤ 30 < Σ_{t=0..53} = 30.047, so the first short day is 53.
        var stock = 30.0;
        var expectedTts = -1;
        for (var t = 0; t < 730 && expectedTts < 0; t++)
        {
            var gap = Math.Max(0, 0.6 * (1 - (t / 365.0)));
            if (gap > stock + 1e-12) expectedTts = t;
            stock -= gap;
        }
        Assert.Equal(53, expectedTts);
        Assert.Equal(expectedTts, p.TtsDays.Median);
        for (var t = 60; t < 365; t++) Assert.True(Math.Abs(0.4 + (0.6 * t / 365.0) - p.Series[t]) < Tol, $"day {t}: {p.Series[t]}");
        AssertSeries(p.Series, 365, 730, 1.0);
        // TTR: first day from which output stays ≥ 99.5%: 0.4 + 0.6·t/365 ≥ 0.995 ⇔ t ≥ 361.96.
        Assert.Equal(362, p.TtrDays.Median);
    }

    [Fact]
    public void Without_measures_every_node_stays_at_baseline()
    {
        var data = Chain.Builder(("CHN", 60), ("AUS", 40)).Build();
        var r = Chain.RunAll(data, Chain.Scenario(365));
        Assert.Equal(4, r.Outcomes.Count);
        foreach (var o in r.Outcomes)
        {
            Assert.Null(o.TtsDays.Median);
            Assert.All(o.Series, f => Assert.InRange(f, 1 - 1e-9, 1 + 1e-9));
        }
    }
}
