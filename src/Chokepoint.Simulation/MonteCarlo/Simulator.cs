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
    /// <summary>Simulates <paramref name="compiled"/> with <paramref name="options"/>; <paramref name="prices"/>, when given, records each run's price drivers.</summary>
    public static SimulationResult Run(CompiledScenario compiled, SimulationOptions options, Prices.PriceProbe? prices = null)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (prices is not null && (prices.Runs != options.Runs || (options.Flows && !prices.AllFlows)))
            throw new ArgumentException("the price probe must be built for the run count and, when flows are reported, for every flow", nameof(prices));
        var network = compiled.Network;
        var tracked = options.AllNodes ? Enumerable.Range(0, network.NodeCount).ToArray() : compiled.ReportedNodes.ToArray();
        var flows = prices?.Flows ?? (options.Flows ? FlowIndex.Of(network) : null);
        var reported = options.Flows ? flows : null;
        var uncertain = compiled.Scenario.Uncertain;
        if (options.Runs == 1)
        {
            var run = new DailyEngine(network).Run(RunParameters.AsWritten, tracked, flows);
            prices?.Record(0, run, 1.0);
            options.Progress?.Report(1);
            return Result(compiled, options, Single(compiled, tracked, run), reported is null ? [] : SingleFlows(network, reported, run))
                with { ComponentsShort = ShortComponents.From(network, run) };
        }
        var aggregator = new RunAggregator(network, tracked, reported, options.Runs);
        var batch = new RunResult[BatchSize(network, tracked.Length, flows?.Keys.Count ?? 0, options)];
        for (var b = 0; b < batch.Length; b++) batch[b] = new RunResult(network.NodeCount, tracked.Length, network.HorizonDays, flows?.Keys.Count ?? 0);
        var done = 0;
        for (var first = 0; first < options.Runs; first += batch.Length)
        {
            var count = Math.Min(batch.Length, options.Runs - first);
            try
            {
                Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = options.Threads },
                    () => new DailyEngine(network),
                    (b, _, engine) =>
                    {
                        var parameters = Draw(uncertain, options.Seed, first + b);
                        engine.Run(parameters, tracked, flows, batch[b]);
                        prices?.Record(first + b, batch[b], parameters.StockDaysFactor);
                        options.Progress?.Report(Interlocked.Increment(ref done));
                        return engine;
                    },
                    _ => { });
            }
            catch (AggregateException ex) when (ex.InnerExceptions.FirstOrDefault(e => e is ModelRangeException) is { } range)
            {
                throw new ModelRangeException(range.Message, ex);
            }
            aggregator.Add(batch, first, count, options.Threads);
        }
        var outcomes = new List<NodeOutcome>(tracked.Length);
        for (var i = 0; i < tracked.Length; i++)
        {
            var (median, p5, p95) = aggregator.Series(i);
            outcomes.Add(new NodeOutcome(network.Labels[tracked[i]], aggregator.Tts(i), aggregator.Ttr(i), aggregator.Lost(i), aggregator.Min(i), median, p5, p95));
        }
        var flowSeries = new List<FlowSeries>(reported?.Keys.Count ?? 0);
        for (var f = 0; f < flowSeries.Capacity; f++) flowSeries.Add(new FlowSeries(reported!.Keys[f], aggregator.FlowMedian(f), reported.BaselineOf(network, f)));
        return Result(compiled, options, outcomes, flowSeries);
    }

    /// <summary>Bytes held while simulating <paramref name="options"/>: the per-node aggregates and one batch of run buffers (flat in the number of runs but for one double of lost and one of minimum output per run and tracked node).</summary>
    public static long EstimateBytes(CompiledScenario compiled, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(options);
        var network = compiled.Network;
        var tracked = options.AllNodes ? network.NodeCount : compiled.ReportedNodes.Count;
        var flows = options.Flows ? FlowIndex.Of(network).Keys.Count : 0;
        var batch = options.Runs == 1 ? 1 : BatchSize(network, tracked, flows, options);
        return (batch * RunBytes(network, tracked, flows)) + (options.Runs == 1 ? 0 : RunAggregator.EstimateBytes(network, tracked, flows, options.Runs));
    }

    /// <summary>Runs simulated before each aggregation: enough to keep the threads busy, within about 64 MB of run buffers.</summary>
    private static int BatchSize(Network.SupplyNetwork network, int tracked, int flows, SimulationOptions options) =>
        (int)Math.Clamp(64L * 1024 * 1024 / RunBytes(network, tracked, flows), options.Threads, Math.Min(256, options.Runs));

    private static long RunBytes(Network.SupplyNetwork network, int tracked, int flows) =>
        (network.NodeCount * 24L) + ((tracked + (long)flows) * network.HorizonDays * 4) + 64;

    private static SimulationResult Result(CompiledScenario compiled, SimulationOptions options, List<NodeOutcome> outcomes, List<FlowSeries> flows) =>
        new(compiled.Scenario.Name, compiled.Scenario.Start, compiled.Network.HorizonDays, options.Runs, options.Seed, Order(outcomes), compiled.Notes) { Flows = flows };

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

    private static List<NodeOutcome> Single(CompiledScenario compiled, int[] tracked, RunResult run)
    {
        var h = compiled.Network.HorizonDays;
        var outcomes = new List<NodeOutcome>(tracked.Length);
        for (var i = 0; i < tracked.Length; i++)
        {
            var node = tracked[i];
            var series = new double[h];
            for (var t = 0; t < h; t++) series[t] = run.Series[(i * h) + t];
            outcomes.Add(new NodeOutcome(compiled.Network.Labels[node],
                Stat.Of(run.TtsDays[node] < 0 ? null : run.TtsDays[node]), Stat.Of(run.TtrDays[node] < 0 ? null : run.TtrDays[node]),
                Stat.Of(run.LostOutputPct[node]), Stat.Of(run.MinOutputFraction[node]), series, null, null));
        }
        return outcomes;
    }

    private static List<FlowSeries> SingleFlows(Network.SupplyNetwork network, FlowIndex flows, RunResult run)
    {
        var h = network.HorizonDays;
        var result = new List<FlowSeries>(flows.Keys.Count);
        for (var f = 0; f < flows.Keys.Count; f++)
        {
            var daily = new double[h];
            for (var t = 0; t < h; t++) daily[t] = run.Flows[(f * h) + t];
            result.Add(new FlowSeries(flows.Keys[f], daily, flows.BaselineOf(network, f)));
        }
        return result;
    }

    private static List<NodeOutcome> Order(List<NodeOutcome> outcomes) => outcomes
        .OrderByDescending(o => o.LostOutputPct.Median ?? 0)
        .ThenByDescending(o => o.LostOutputPct.P95 ?? 0)
        .ThenBy(o => o.TtsDays.Median ?? double.MaxValue)
        .ThenBy(o => o.TtsDays.P5 ?? double.MaxValue)
        .ThenBy(o => o.Label.Item, StringComparer.Ordinal)
        .ThenBy(o => o.Label.Country, StringComparer.Ordinal)
        .ThenBy(o => o.Label.Kind, StringComparer.Ordinal)
        .ToList();
}
