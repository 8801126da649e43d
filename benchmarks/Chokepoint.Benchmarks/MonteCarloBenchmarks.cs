using BenchmarkDotNet.Attributes;
using Chokepoint.Data;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Benchmarks;

/// <summary>The built-in replay-2025 scenario on the default dataset, compiled once: Monte Carlo runs on two threads.</summary>
[MemoryDiagnoser]
public class MonteCarloBenchmarks
{
    private CompiledScenario _compiled = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dataset = DatasetLoader.LoadDefault().Dataset ?? throw new InvalidOperationException("the default dataset has errors");
        var builtIn = ScenarioCatalog.Find(dataset, "replay-2025") ?? throw new InvalidOperationException("replay-2025 is missing");
        var scenario = ScenarioCatalog.Parse(dataset, builtIn, new DiagnosticBag()) ?? throw new InvalidOperationException("replay-2025 has errors");
        _compiled = NetworkCompiler.Compile(dataset, scenario);
    }

    [Benchmark(Description = "replay-2025, 1000 runs, 2 threads")]
    public SimulationResult Replay() => Simulator.Run(_compiled, new SimulationOptions(Runs: 1000, Seed: 1, Threads: 2));
}
