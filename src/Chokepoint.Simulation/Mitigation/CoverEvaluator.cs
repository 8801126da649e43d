using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.Engine;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Network;

namespace Chokepoint.Simulation.Mitigation;

/// <summary>
/// Runs a compiled scenario's Monte Carlo runs with extra stock cover in chosen slots and reports the time-to-survive
/// of a set of demand nodes. Run r always uses the same drawn parameters (seed, r), so two covers are compared on the
/// same draws (common random numbers). One engine per worker, reused. Not thread-safe.
/// </summary>
public sealed class CoverEvaluator
{
    private readonly CompiledScenario _compiled;
    private readonly int[] _watched;
    private readonly RunParameters[] _draws;
    private readonly DailyEngine[] _engines;
    private readonly int[] _runTts;

    /// <summary>Prepares <paramref name="runs"/> runs (1 = as written) of <paramref name="compiled"/> watching <paramref name="demandNodes"/>.</summary>
    public CoverEvaluator(CompiledScenario compiled, IReadOnlyList<int> demandNodes, int runs, int seed, int threads)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(demandNodes);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _compiled = compiled;
        _watched = demandNodes.ToArray();
        _draws = new RunParameters[runs];
        for (var r = 0; r < runs; r++)
            _draws[r] = runs == 1 ? RunParameters.AsWritten : Simulator.Draw(compiled.Scenario.Uncertain, seed, r);
        _engines = new DailyEngine[Math.Min(threads, runs)];
        for (var w = 0; w < _engines.Length; w++) _engines[w] = new DailyEngine(compiled.Network);
        _runTts = new int[runs];
    }

    /// <summary>The network evaluated.</summary>
    public SupplyNetwork Network => _compiled.Network;

    /// <summary>Number of runs per evaluation.</summary>
    public int Runs => _draws.Length;

    /// <summary>Number of evaluations so far (each is <see cref="Runs"/> runs).</summary>
    public int Evaluations { get; private set; }

    /// <summary>
    /// Time-to-survive of the watched demand (the earliest TTS over its nodes; the horizon when none falls short) in each
    /// run, with <paramref name="extraDays"/> of cover added to each slot of <paramref name="slots"/> (parallel lists).
    /// </summary>
    public IReadOnlyList<int> Tts(IReadOnlyList<IReadOnlyList<int>> slots, IReadOnlyList<double> extraDays)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(extraDays);
        foreach (var engine in _engines)
        {
            engine.ClearExtraCover();
            for (var i = 0; i < slots.Count; i++)
                foreach (var s in slots[i]) engine.SetExtraCover(s, extraDays[i]);
        }
        var h = Network.HorizonDays;
        Parallel.For(0, _engines.Length, new ParallelOptions { MaxDegreeOfParallelism = _engines.Length }, w =>
        {
            for (var r = w; r < _draws.Length; r += _engines.Length)
            {
                var result = _engines[w].Run(_draws[r], []);
                var tts = h;
                foreach (var j in _watched)
                    if (result.TtsDays[j] >= 0 && result.TtsDays[j] < tts) tts = result.TtsDays[j];
                _runTts[r] = tts;
            }
        });
        Evaluations++;
        return (int[])_runTts.Clone();
    }

    /// <summary>True when at least <paramref name="percentile"/>% of runs meet the watched demand through the horizon.</summary>
    public bool Survives(IReadOnlyList<IReadOnlyList<int>> slots, IReadOnlyList<double> extraDays, double percentile)
    {
        var tts = Tts(slots, extraDays);
        var ok = 0;
        foreach (var t in tts) if (t >= Network.HorizonDays) ok++;
        return ok >= Math.Ceiling(percentile / 100.0 * tts.Count - 1e-9);
    }
}
