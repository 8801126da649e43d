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
    public void Target_side_keeps_other_buyers_shares_while_the_world_optimum_shares_the_stock_out()
    {
        // m: half AUS, half CHN (banned to everyone). p is made in the USA (no stock of m), q in Germany (100 days of m),
        // one unit a day each. Target side: the USA keeps only its pre-crisis half of AUS's output (half its need): day 0.
        // Germany: half its need from AUS, the other half from stock, 200 days: beyond the 150-day horizon.
        // World max–min: AUS's one unit a day and Germany's 100 units serve two units a day for 100 days, for both.
        var data = new DatasetBuilder()
            .Produced("m", ("AUS", 50), ("CHN", 50))
            .Product("p", "USA").Recipe("p", "m").Demand("p", "USA", 365)
            .Product("q", "DEU").Recipe("q", "m").Demand("q", "DEU", 365)
            .Stock("m", "DEU", 100)
            .Measure("M", ["m"], x => x with { Effective = Chain.Start, Announced = Chain.Start })
            .Build();
        var compiled = NetworkCompiler.Compile(data, Chain.Scenario(150, "M"));
        var rows = TimeToSurvive.Run(compiled, Solver, _ => null, riskIndex: false);
        var usa = rows.Single(r => r.Item == "p" && r.Country == "USA" && r.Kind == "demand");
        Assert.Equal(0, usa.TtsDays);
        Assert.Equal(0, usa.TtsLpDays);
        Assert.Equal(100, usa.TtsLpWorldDays);
        var deu = rows.Single(r => r.Item == "q" && r.Country == "DEU" && r.Kind == "demand");
        Assert.Null(deu.TtsDays);
        Assert.Null(deu.TtsLpDays);
        Assert.Equal(100, deu.TtsLpWorldDays);
    }

    [Fact]
    public void Full_embargo_of_the_only_supplier_lasts_as_long_as_the_stock_on_both_lp_variants()
    {
        // m only from CHN, banned from day 0; the USA maker of p holds 30 days of m (Chain's default chain).
        var data = Chain.Builder().WithMeasure().Build();
        var compiled = NetworkCompiler.Compile(data, Chain.Scenario(365, "M"));
        var rows = TimeToSurvive.Run(compiled, Solver, _ => null, riskIndex: false);
        var usa = rows.Single(r => r.Item == "p" && r.Country == "USA" && r.Kind == "demand");
        Assert.Equal(30, usa.TtsLpDays);
        Assert.Equal(30, usa.TtsLpWorldDays);
    }

    [Fact]
    public void Target_side_and_world_optimum_never_exceed_the_free_allocation_bound_on_random_networks()
    {
        for (var seed = 0; seed < 15; seed++)
        {
            var rng = new Random(1000 + seed);
            var data = RandomNetworks.Build(rng, 1 + rng.Next(3)).Build();
            var compiled = NetworkCompiler.Compile(data, Chain.Scenario(150, data.Tables.Controls.Select(m => m.Id).ToArray()));
            var n = compiled.Network;
            var cumPass = new Chokepoint.Simulation.Engine.DailyEngine(n).CumulativeGroupPass(Chokepoint.Simulation.Engine.RunParameters.AsWritten);
            foreach (var r in TimeToSurvive.Run(compiled, Solver, _ => null, riskIndex: false))
            {
                var j = compiled.ReportedNodes.First(k => n.Labels[k].Item == r.Item && n.Labels[k].Country == r.Country && n.Labels[k].Kind == r.Kind);
                var free = TimeToSurvive.LpTts(n, Solver, cumPass, j, shareCountry: -1);
                Assert.True((r.TtsLpDays ?? n.HorizonDays) <= free, $"seed {1000 + seed}: {r.Item}/{r.Country} target side {r.TtsLpDays} above the free bound {free}");
                Assert.True((r.TtsLpWorldDays ?? n.HorizonDays) <= free, $"seed {1000 + seed}: {r.Item}/{r.Country} world {r.TtsLpWorldDays} above the free bound {free}");
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
