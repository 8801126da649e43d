using Chokepoint.Model;

namespace Chokepoint.Simulation.Tests;

/// <summary>The stress test honours licence phases and scope clauses (issue 9 §2) on the single chain of <see cref="Chain"/>.</summary>
public sealed class MeasureGrainTests
{
    // Days [from, to) of the series equal the expected output fraction within 1e-6.
    private static void AssertSeries(IReadOnlyList<double> series, int from, int to, double expected) =>
        Assert.All(series.Skip(from).Take(to - from), v => Assert.Equal(expected, v, 6));

    [Fact]
    public void A_phase_from_day_100_raises_the_licensed_flow_from_that_day()
    {
        var data = Chain.Builder().WithMeasure(m => m with
        {
            Kind = MeasureKind.Licence, ApprovalRate = 0.5, LicenceDelayDays = 0,
            Phases = [new LicencePhase { From = Chain.Start, ApprovalRate = 0.2 }, new LicencePhase { From = Chain.Start.AddDays(100), ApprovalRate = 0.8 }],
        }).Build();

        var p = Chain.Run(data, Chain.Scenario(365, "M")).Node("p", kind: "product");

        // 30 days of stock at a 0.8 daily shortfall last 37.5 days; from day 100 the flow is 0.8 and stocks stay empty.
        AssertSeries(p.Series, 0, 37, 1.0);
        AssertSeries(p.Series, 38, 100, 0.2);
        AssertSeries(p.Series, 100, 365, 0.8);
    }

    [Fact]
    public void A_phase_naming_the_buyer_overrides_the_phase_for_all_destinations()
    {
        var data = Chain.Builder().WithMeasure(m => m with
        {
            Kind = MeasureKind.Licence, ApprovalRate = 0.5, LicenceDelayDays = 0, Destinations = [Names.Everyone],
            Phases = [new LicencePhase { From = Chain.Start, ApprovalRate = 0.9 }, new LicencePhase { From = Chain.Start, Destinations = ["USA"], ApprovalRate = 0.0 }],
        }).Build();

        var p = Chain.Run(data, Chain.Scenario(365, "M")).Node("p", kind: "product");

        AssertSeries(p.Series, 0, 30, 1.0);
        AssertSeries(p.Series, 30, 365, 0.0);
    }

    [Fact]
    public void A_reexport_clause_cuts_a_third_country_trader_only_from_its_date()
    {
        // The USA buys m from Germany, which makes none and buys it all from China: re-exports of Chinese m.
        var data = Chain.Builder().Trade("m", "DEU", "USA", 100).Trade("m", "CHN", "DEU", 100)
            .WithMeasure(m => m with
            {
                Scope = [new ScopeClause(ScopeKind.Export, Chain.Start), new ScopeClause(ScopeKind.Reexport, Chain.Start.AddDays(100))],
            }).Build();

        var p = Chain.Run(data, Chain.Scenario(365, "M")).Node("p", kind: "product");

        AssertSeries(p.Series, 0, 130, 1.0);
        AssertSeries(p.Series, 130, 365, 0.0);
    }
}
