using BenchmarkDotNet.Attributes;
using Chokepoint.Simulation.Engine;
using Chokepoint.Simulation.Network;

namespace Chokepoint.Benchmarks;

/// <summary>
/// The daily engine on the synthetic layered network of <see cref="SyntheticNetwork"/> (the same generator as
/// `chokepoint bench`). Edge-steps per second = Edges × Days ÷ the reported mean time.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private DailyEngine _engine = null!;

    /// <summary>Network size (nodes; edges are ten per node).</summary>
    [Params(100_000, 1_000_000)]
    public int Nodes { get; set; }

    /// <summary>Simulated days per invocation.</summary>
    public const int Days = 30;

    [GlobalSetup]
    public void Setup() => _engine = new DailyEngine(SyntheticNetwork.Generate(Nodes, Nodes * 10, Days, seed: 1));

    [Benchmark(Description = "30 days, one thread")]
    public RunResult Run() => _engine.Run(RunParameters.AsWritten, []);
}
