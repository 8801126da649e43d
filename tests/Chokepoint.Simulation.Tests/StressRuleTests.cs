using Chokepoint.Model;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>The rules of issue 10 on hand-checkable networks: transit, the issuer's own industry, priority, procurement bars, restocking, chemistry mix.</summary>
public sealed class StressRuleTests
{
    private const double Tol = 1e-6;

    private static void AssertSeries(IReadOnlyList<double> series, int from, int to, double expected)
    {
        for (var t = from; t < to; t++)
            Assert.True(Math.Abs(series[t] - expected) < Tol, $"day {t}: expected {expected}, got {series[t]}");
    }

    [Fact]
    public void Ban_reaches_the_factory_after_transit_plus_stock()
    {
        // Ban on day 0; goods at sea for 20 days still arrive, then 30 days of stock: short on day 50.
        var data = Chain.Builder().Transit("CHN", "USA", 20).WithMeasure().Build();
        var r = Chain.Run(data, Chain.Scenario(120, "M"), new SimulationOptions(Flows: true));
        var p = r.Node("p", kind: "product");
        AssertSeries(p.Series, 0, 50, 1.0);
        AssertSeries(p.Series, 50, 120, 0.0);
        Assert.Equal(50, p.TtsDays.Median);
        var leaving = r.Flows.Single(f => f.Key is { Item: "m", Exporter: "CHN", Importer: "USA" });
        Assert.Equal(0.0, leaving.PerDay[0], 9);
    }

    [Fact]
    public void Issuers_own_makers_are_not_restricted_and_get_what_it_no_longer_exports()
    {
        // m: half CHN, half AUS. AUS bans m everywhere, CHN bans m to the USA. p is made in CHN, q in the USA, 1 m each a day.
        // CHN makers keep CHN's half and take the half CHN no longer ships to the USA: whole. The USA gets nothing.
        var data = new DatasetBuilder()
            .Produced("m", ("CHN", 50), ("AUS", 50))
            .Product("p", "CHN").Recipe("p", "m").Demand("p", "CHN", 365)
            .Product("q", "USA").Recipe("q", "m").Demand("q", "USA", 365)
            .Measure("AUS-BAN", ["m"], m => m with { Issuer = "AUS" })
            .Measure("CHN-BAN", ["m"], m => m with { Destinations = ["USA"] })
            .Build();
        var r = Chain.Run(data, Chain.Scenario(60, "AUS-BAN", "CHN-BAN"));
        AssertSeries(r.Node("p", "CHN", "product").Series, 0, 60, 1.0);
        AssertSeries(r.Node("q", "USA", "product").Series, 0, 60, 0.0);
    }

    [Fact]
    public void Priority_buyers_are_served_first_from_what_reaches_their_country()
    {
        // A licence passes half of m to the USA; p (rated) and q (unrated) each need 1 a day: p gets all of it, q nothing.
        var data = new DatasetBuilder()
            .Produced("m", ("CHN", 100))
            .Product("p").Recipe("p", "m").Demand("p", "USA", 365)
            .Product("q").Recipe("q", "m").Demand("q", "USA", 365)
            .Measure("M", ["m"], m => m with { Kind = MeasureKind.Licence, ApprovalRate = 0.5, LicenceDelayDays = 0, Destinations = ["USA"] })
            .Rule("rated", SourcingRule.Priority, "USA", "p", ["*"])
            .Build();
        var r = Chain.Run(data, Chain.Scenario(30, "M"));
        AssertSeries(r.Node("p", kind: "product").Series, 0, 30, 1.0);
        AssertSeries(r.Node("q", kind: "product").Series, 0, 30, 0.0);
    }

    [Fact]
    public void Without_a_priority_rule_a_shortage_is_shared_pro_rata()
    {
        var data = new DatasetBuilder()
            .Produced("m", ("CHN", 100))
            .Product("p").Recipe("p", "m").Demand("p", "USA", 365)
            .Product("q").Recipe("q", "m").Demand("q", "USA", 365)
            .Measure("M", ["m"], m => m with { Kind = MeasureKind.Licence, ApprovalRate = 0.5, LicenceDelayDays = 0, Destinations = ["USA"] })
            .Build();
        var r = Chain.Run(data, Chain.Scenario(30, "M"));
        AssertSeries(r.Node("p", kind: "product").Series, 0, 30, 0.5);
        AssertSeries(r.Node("q", kind: "product").Series, 0, 30, 0.5);
    }

    [Fact]
    public void Procurement_bar_cuts_the_barred_origin_from_its_date()
    {
        // p buys m half from CHN, half from AUS; a bar on CHN-origin m for makers of p applies from day 100.
        var data = new DatasetBuilder()
            .Produced("m", ("CHN", 50), ("AUS", 50))
            .Product("p").Recipe("p", "m").Demand("p", "USA", 365)
            .Rule("bar", SourcingRule.Bar, "USA", "p", ["m"], "CHN", Chain.Start.AddDays(100))
            .Build();
        var p = Chain.Run(data, Chain.Scenario(200)).Node("p", kind: "product");
        AssertSeries(p.Series, 0, 100, 1.0);
        AssertSeries(p.Series, 100, 200, 0.5);
    }

    [Fact]
    public void Procurement_bar_in_force_before_the_start_moves_the_buyer_to_other_origins()
    {
        var data = new DatasetBuilder()
            .Produced("m", ("CHN", 50), ("AUS", 50))
            .Product("p").Recipe("p", "m").Demand("p", "USA", 365)
            .Rule("bar", SourcingRule.Bar, "USA", "p", ["m"], "CHN", new DateOnly(2019, 4, 30))
            .Measure("M", ["m"])
            .Build();
        var r = Chain.Run(data, Chain.Scenario(60, "M"), new SimulationOptions(Flows: true));
        AssertSeries(r.Node("p", kind: "product").Series, 0, 60, 1.0);
        Assert.DoesNotContain(r.Flows, f => f.Key.Exporter == "CHN");
    }

    [Fact]
    public void Buyers_restock_above_baseline_within_their_refill_rate_once_supply_returns()
    {
        // 30 days of cover, refill 20% of use a day. Ban for days 0-59: stock gone by day 30; from day 60 the buyer orders
        // 1.2 a day until its 30 days are back (150 days later), then 1.0 again.
        var data = new DatasetBuilder()
            .Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m").Demand("p", "USA", 365)
            .StockHeldBy("m", "USA", "p", 30, refillPct: 20)
            .Measure("M", ["m"], m => m with { Destinations = ["USA"], Ended = Chain.Start.AddDays(60) })
            .Build();
        var r = Chain.Run(data, Chain.Scenario(365, "M"), new SimulationOptions(Flows: true));
        var flow = r.Flows.Single(f => f.Key is { Item: "m", Exporter: "CHN", Importer: "USA" });
        Assert.Equal(1.2, flow.PerDay[100], 6);
        Assert.Equal(1.0, flow.PerDay[300], 6);
        Assert.Equal(1.0, flow.BaselinePerDay, 9);
        AssertSeries(r.Node("p", kind: "product").Series, 60, 365, 1.0);
    }

    [Fact]
    public void Cobalt_ban_spares_products_on_cobalt_free_cells()
    {
        var data = new DatasetBuilder()
            .Produced("cobalt", ("COD", 100)).Produced("ncm-cell", ("CHN", 100)).Produced("lfp-cell", ("CHN", 100))
            .Recipe("ncm-cell", "cobalt", 0.1)
            .Product("ev").Recipe("ev", "ncm-cell").Demand("ev", "USA", 365)
            .Product("storage").Recipe("storage", "lfp-cell").Demand("storage", "USA", 365)
            .Measure("COD", ["cobalt"], m => m with { Issuer = "COD" })
            .Build();
        var r = Chain.Run(data, Chain.Scenario(60, "COD"));
        AssertSeries(r.Node("storage", kind: "product").Series, 0, 60, 1.0);
        Assert.Equal(0, r.Node("ev", kind: "product").TtsDays.Median);
    }
}
