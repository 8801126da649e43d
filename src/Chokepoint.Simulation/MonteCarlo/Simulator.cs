using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.Engine;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.MonteCarlo;

/// <summary>
/// Runs a compiled scenario once (as written) or many times with drawn parameters, in parallel. Run r draws its
/// parameters from its own generator seeded by (seed, r), and results are combined in run order, so the output
/// depends on the seed only, never on the thread count.
/// </summary>
public static class Simulator
{
    /// <summary>Simulates <paramref name="compiled"/> with <paramref name="options"/>.</summary>
    public static SimulationResult Run(CompiledScenario compiled, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var network = compiled.Network;
        var tracked = options.AllNodes ? Enumerable.Range(0, network.NodeCount).ToArray() : compiled.ReportedNodes.ToArray();
        var runs = new RunResult[options.Runs];
        var flows = options.Flows ? FlowIndex.Of(network) : null;
        var uncertain = compiled.Scenario.Uncertain;
        var done = 0;
        if (options.Runs == 1)
        {
            runs[0] = new DailyEngine(network).Run(RunParameters.AsWritten, tracked, flows);
            options.Progress?.Report(1);
        }
        else
        {
            Parallel.For(0, options.Runs, new ParallelOptions { MaxDegreeOfParallelism = options.Threads },
                () => new DailyEngine(network),
                (r, _, engine) =>
                {
                    runs[r] = engine.Run(Draw(uncertain, options.Seed, r), tracked, flows);
                    options.Progress?.Report(Interlocked.Increment(ref done));
                    return engine;
                },
                _ => { });
        }
        var outcomes = Aggregate(compiled, tracked, runs);
        return new SimulationResult(compiled.Scenario.Name, compiled.Scenario.Start, network.HorizonDays,
            options.Runs, options.Seed, outcomes, compiled.Notes) { Flows = flows is null ? [] : AggregateFlows(network, flows, runs) };
    }

    /// <summary>The parameters of run <paramref name="run"/>: drawn in a fixed order from a generator seeded by (seed, run).</summary>
    public static RunParameters Draw(UncertainParameters uncertain, int seed, int run)
    {
        ArgumentNullException.ThrowIfNull(uncertain);
        var random = new Random(RunSeed(seed, run));
        var approval = uncertain.ApprovalRate is { } a ? Math.Clamp(a.Sample(random), 0, 1) : double.NaN;
        var delay = uncertain.LicenceDelayDays is { } d ? (int)Math.Round(Math.Max(0, d.Sample(random))) : -1;
        var stock = uncertain.StockDaysFactor is { } s ? Math.Max(0, s.Sample(random)) : 1.0;
        var expansion = uncertain.ExpansionDaysFactor is { } e ? Math.Max(0, e.Sample(random)) : 1.0;
        return new RunParameters(approval, delay, stock, expansion);
    }

    /// <summary>SplitMix64 of (seed, run): independent, well-spread seeds for consecutive runs.</summary>
    private static int RunSeed(int seed, int run)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) + (ulong)(uint)run + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
        }
    }

    private static List<NodeOutcome> Aggregate(CompiledScenario compiled, int[] tracked, RunResult[] runs)
    {
        var h = compiled.Network.HorizonDays;
        var n = runs.Length;
        var outcomes = new List<NodeOutcome>(tracked.Length);
        var buffer = new double[n];
        for (var i = 0; i < tracked.Length; i++)
        {
            var node = tracked[i];
            Stat Collect(Func<RunResult, double> pick)
            {
                for (var r = 0; r < n; r++) buffer[r] = pick(runs[r]);
                return n == 1 ? Stat.Of(Finite(buffer[0])) : Percentiles.Of(buffer);
            }
            var tts = Collect(r => r.TtsDays[node] < 0 ? double.PositiveInfinity : r.TtsDays[node]);
            var ttr = Collect(r => r.TtrDays[node] < 0 ? double.PositiveInfinity : r.TtrDays[node]);
            var lost = Collect(r => r.LostOutputPct[node]);
            var min = Collect(r => r.MinOutputFraction[node]);
            var median = new double[h];
            double[]? p5 = n > 1 ? new double[h] : null;
            double[]? p95 = n > 1 ? new double[h] : null;
            for (var t = 0; t < h; t++)
            {
                for (var r = 0; r < n; r++) buffer[r] = runs[r].Series[(i * h) + t];
                if (n == 1) { median[t] = buffer[0]; continue; }
                Array.Sort(buffer);
                median[t] = Percentiles.Rank(buffer, 50) ?? 0;
                p5![t] = Percentiles.Rank(buffer, 5) ?? 0;
                p95![t] = Percentiles.Rank(buffer, 95) ?? 0;
            }
            outcomes.Add(new NodeOutcome(compiled.Network.Labels[node], tts, ttr, lost, min, median, p5, p95));
        }
        return outcomes
            .OrderByDescending(o => o.LostOutputPct.Median ?? 0)
            .ThenByDescending(o => o.LostOutputPct.P95 ?? 0)
            .ThenBy(o => o.TtsDays.Median ?? double.MaxValue)
            .ThenBy(o => o.TtsDays.P5 ?? double.MaxValue)
            .ThenBy(o => o.Label.Item, StringComparer.Ordinal)
            .ThenBy(o => o.Label.Country, StringComparer.Ordinal)
            .ThenBy(o => o.Label.Kind, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Median over runs of each flow on each day, with its baseline (sum of its edges' baseline flows).</summary>
    private static List<FlowSeries> AggregateFlows(Network.SupplyNetwork network, FlowIndex flows, RunResult[] runs)
    {
        var h = network.HorizonDays;
        var buffer = new double[runs.Length];
        var result = new List<FlowSeries>(flows.Keys.Count);
        for (var f = 0; f < flows.Keys.Count; f++)
        {
            var daily = new double[h];
            for (var t = 0; t < h; t++)
            {
                for (var r = 0; r < runs.Length; r++) buffer[r] = runs[r].Flows[(f * h) + t];
                if (runs.Length == 1) { daily[t] = buffer[0]; continue; }
                Array.Sort(buffer);
                daily[t] = Percentiles.Rank(buffer, 50) ?? 0;
            }
            result.Add(new FlowSeries(flows.Keys[f], daily, flows.BaselineOf(network, f)));
        }
        return result;
    }

    private static double? Finite(double x) => double.IsPositiveInfinity(x) ? null : x;
}
