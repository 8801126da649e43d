using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.Engine;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Tests;

/// <summary>Monte Carlo results combined run by run (histograms, per-run scalars) against every run kept and sorted.</summary>
public sealed class MonteCarloAggregationTests
{
    private const int Runs = 300; // more than one batch of runs
    private const double SeriesTol = (RunAggregator.Resolution / 2) + 1e-12;

    private static CompiledScenario Licence()
    {
        var data = Chain.Builder(("CHN", 60), ("AUS", 40))
            .WithMeasure(m => m with { Kind = MeasureKind.Licence, ApprovalRate = 0.5, LicenceDelayDays = 20 }).Build();
        var scenario = Chain.Scenario(120, "M") with
        {
            Uncertain = new UncertainParameters
            {
                ApprovalRate = new Distribution(DistributionKind.Uniform, Min: 0.1, Max: 0.9),
                LicenceDelayDays = new Distribution(DistributionKind.Triangular, Min: 0, Mode: 20, Max: 60),
                StockDaysFactor = new Distribution(DistributionKind.LogNormal, Median: 1.0, Sigma: 0.5),
            },
        };
        return NetworkCompiler.Compile(data, scenario);
    }

    private static double? Rank(List<double> values, double pct)
    {
        var sorted = values.Order().ToList();
        var v = sorted[Math.Clamp((int)Math.Ceiling(pct / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
        return double.IsPositiveInfinity(v) ? null : v;
    }

    private static void Near(double? expected, double? actual, double tol, string what)
    {
        Assert.True(expected is null == actual is null, $"{what}: expected {expected}, got {actual}");
        if (expected is { } e) Assert.True(Math.Abs(e - actual!.Value) <= tol, $"{what}: expected {e}, got {actual} (tolerance {tol})");
    }

    [Fact]
    public void Percentiles_match_those_of_every_run_kept_exact_for_scalars_and_within_half_a_bin_for_daily_series()
    {
        var compiled = Licence();
        var network = compiled.Network;
        var all = Enumerable.Range(0, network.NodeCount).ToArray();
        var flows = FlowIndex.Of(network);
        var engine = new DailyEngine(network);
        var runs = Enumerable.Range(0, Runs).Select(r => engine.Run(Simulator.Draw(compiled.Scenario.Uncertain, 5, r), all, flows)).ToList();
        var result = Simulator.Run(compiled, new SimulationOptions(Runs, Seed: 5, Threads: 2, AllNodes: true, Flows: true));
        var h = network.HorizonDays;
        var varied = false;
        for (var node = 0; node < network.NodeCount; node++)
        {
            var o = result.Outcomes.Single(x => x.Label == network.Labels[node]);
            var days = (Func<RunResult, int> pick) => runs.Select(r => pick(r) < 0 ? double.PositiveInfinity : pick(r)).ToList();
            foreach (var (stat, values, name) in new[]
            {
                (o.TtsDays, days(r => r.TtsDays[node]), "tts"), (o.TtrDays, days(r => r.TtrDays[node]), "ttr"),
                (o.LostOutputPct, runs.Select(r => r.LostOutputPct[node]).ToList(), "lost"),
                (o.MinOutputFraction, runs.Select(r => r.MinOutputFraction[node]).ToList(), "min"),
            })
            {
                Assert.Equal(Rank(values, 50), stat.Median);
                Assert.Equal(Rank(values, 5), stat.P5);
                Assert.Equal(Rank(values, 95), stat.P95);
            }
            for (var t = 0; t < h; t++)
            {
                var day = runs.Select(r => (double)r.Series[(node * h) + t]).ToList();
                varied |= Rank(day, 5) < Rank(day, 95) - 0.05;
                Near(Rank(day, 50), o.Series[t], SeriesTol, $"{o.Label} day {t} median");
                Near(Rank(day, 5), o.SeriesP5![t], SeriesTol, $"{o.Label} day {t} p5");
                Near(Rank(day, 95), o.SeriesP95![t], SeriesTol, $"{o.Label} day {t} p95");
            }
        }
        Assert.True(varied, "the draws never spread a daily output fraction; the test does not exercise the histograms");
        Assert.NotEmpty(result.Flows);
        for (var f = 0; f < flows.Keys.Count; f++)
        {
            var baseline = flows.BaselineOf(network, f);
            for (var t = 0; t < h; t++)
                Near(Rank(runs.Select(r => (double)r.Flows[(f * h) + t]).ToList(), 50), result.Flows[f].PerDay[t],
                    (SeriesTol * baseline) + 1e-9, $"flow {flows.Keys[f]} day {t}");
        }
    }

    [Fact]
    public void Monte_carlo_json_with_flows_is_byte_identical_with_one_or_two_threads()
    {
        var compiled = Licence();
        string Json(int threads) => SimulationJson.Build(Simulator.Run(compiled, new SimulationOptions(Runs, Seed: 9, Threads: threads, AllNodes: true, Flows: true))).ToJsonString();
        var one = Json(1);
        Assert.Equal(one, Json(2));
        Assert.NotEqual(one, SimulationJson.Build(Simulator.Run(compiled, new SimulationOptions(Runs, Seed: 10, Threads: 2, AllNodes: true, Flows: true))).ToJsonString());
    }

    [Fact]
    public void Memory_estimate_grows_with_runs_only_by_the_per_run_scalars()
    {
        var compiled = Licence();
        var tracked = compiled.ReportedNodes.Count;
        var small = Simulator.EstimateBytes(compiled, new SimulationOptions(1_000, Threads: 2));
        var large = Simulator.EstimateBytes(compiled, new SimulationOptions(100_000, Threads: 2));
        Assert.Equal(99_000L * tracked * 16, large - small);
    }
}
