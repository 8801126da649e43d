using Chokepoint.Optimization;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.Optimization;
using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>The optimal time-to-survive (LP, GLOP) against the simulation's rules.</summary>
public sealed class TimeToSurviveTests
{
    private static readonly GlopSolver Solver = new();

    [Fact]
    public void Pro_rata_fails_on_day_zero_where_the_optimum_serves_the_buyer_without_stock_through_the_horizon()
    {
        // m: half AUS, half CHN (banned to everyone). p is made in the USA (no stock of m), q in Germany (100 days of m).
        var data = new DatasetBuilder()
            .Produced("m", ("AUS", 50), ("CHN", 50))
            .Product("p", "USA").Recipe("p", "m").Demand("p", "USA", 365)
            .Product("q", "DEU").Recipe("q", "m").Demand("q", "DEU", 365)
            .Stock("m", "DEU", 100)
            .Measure("M", ["m"], x => x with { Effective = Chain.Start, Announced = Chain.Start })
            .Build();
        var compiled = NetworkCompiler.Compile(data, Chain.Scenario(100, "M"));
        var rows = TimeToSurvive.Run(compiled, Solver, _ => null, riskIndex: false);
        var usa = rows.Single(r => r.Item == "p" && r.Country == "USA" && r.Kind == "demand");
        Assert.Equal(0, usa.TtsDays);
        Assert.Null(usa.TtsLpDays);
        var deu = rows.Single(r => r.Item == "q" && r.Country == "DEU" && r.Kind == "demand");
        Assert.Null(deu.TtsDays);
        Assert.Null(deu.TtsLpDays);
    }

    [Fact]
    public void Lp_time_to_survive_is_never_below_the_simulations_on_random_networks()
    {
        for (var seed = 0; seed < 30; seed++)
        {
            var rng = new Random(1000 + seed);
            var data = RandomNetworks.Build(rng, 1 + rng.Next(3)).Build();
            var compiled = NetworkCompiler.Compile(data, Chain.Scenario(150, data.Tables.Controls.Select(m => m.Id).ToArray()));
            foreach (var r in TimeToSurvive.Run(compiled, Solver, _ => null, riskIndex: false))
            {
                var sim = r.TtsDays ?? int.MaxValue;
                var lp = r.TtsLpDays ?? int.MaxValue;
                Assert.True(lp >= sim, $"seed {1000 + seed}: {r.Item}/{r.Country}/{r.Kind} LP {r.TtsLpDays} below simulation {r.TtsDays}");
            }
        }
    }

    [Fact]
    public void Risk_exposure_index_is_the_value_lost_while_the_only_supplier_is_down_for_its_recovery_time()
    {
        // m only from CHN, 100 days to rebuild; the USA maker of p holds 30 days of m; p is worth 1,000 a unit, 1 a day.
        var data = Chain.Builder().Expansion("m", 0, 100).UnitValue("p", 1000).Build();
        var compiled = NetworkCompiler.Compile(data, Chain.Scenario(365));
        var rows = TimeToSurvive.Run(compiled, Solver, item => item == "p" ? 1000 : null);
        var china = rows.Single(r => r.Item == "m" && r.Country == "CHN");
        Assert.Equal(100, china.RecoveryDays);
        Assert.Equal(70 * 1000.0, china.RiskExposureIndex!.Value, 3);
    }
}
