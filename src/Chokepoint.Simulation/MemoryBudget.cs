using System.Globalization;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Simulation;

/// <summary>
/// Estimates the memory a request needs before anything is allocated, so that a request too large
/// for the machine is refused with a message instead of an "Out of memory" abort or the kernel's
/// OOM killer. The per-node, per-edge and per-run figures were measured on the current engine
/// (bench and simulate peak working sets) and rounded up; they are estimates, not bounds.
/// </summary>
public static class MemoryBudget
{
    /// <summary>Environment variable that sets the budget in MiB (default: half the memory available to the process).</summary>
    public const string LimitVariable = "CHOKEPOINT_MEMORY_LIMIT_MB";

    private const long Base = 64L << 20;      // runtime, dataset, tables
    private const long PerSyntheticNode = 512; // measured 471 B (arrays, labels, generator temporaries)
    private const long PerSyntheticEdge = 32;  // measured 30 B (CSR arrays, slots, generator temporaries)

    /// <summary>The budget in bytes: <see cref="LimitVariable"/> when set to a positive number, else half the memory available to the process.</summary>
    public static long LimitBytes()
    {
        if (long.TryParse(Environment.GetEnvironmentVariable(LimitVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var mb) && mb > 0)
            return mb << 20;
        return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2;
    }

    /// <summary>Bytes needed by a synthetic benchmark network of <paramref name="nodes"/> and <paramref name="edges"/>.</summary>
    public static long SyntheticNetworkBytes(long nodes, long edges) =>
        Base + Math.Max(0, nodes) * PerSyntheticNode + Math.Max(0, edges) * PerSyntheticEdge;

    /// <summary>Bytes needed to run <paramref name="compiled"/> as <paramref name="options"/> asks: the Monte Carlo batch buffers and aggregation (<see cref="Simulator.EstimateBytes"/>, flat in the number of runs but for two scalars per run and node) plus each thread's engine state.</summary>
    public static long SimulationBytes(CompiledScenario compiled, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(options);
        var network = compiled.Network;
        var perThread = 96L * (network.NodeCount + network.SlotCount) + 8L * network.Measures.Count * network.HorizonDays;
        return Base + Simulator.EstimateBytes(compiled, options) + perThread * options.Threads;
    }

    /// <summary>Null when <paramref name="neededBytes"/> fits in <paramref name="limitBytes"/>, else a message naming both and <paramref name="howToLower"/>.</summary>
    public static string? Refusal(long neededBytes, long limitBytes, string what, string howToLower) =>
        neededBytes <= limitBytes ? null
            : $"{what} needs about {Shown(neededBytes)} of memory; the limit is {Shown(limitBytes)} (half the memory available, or {LimitVariable}); {howToLower}";

    private static string Shown(long bytes) =>
        bytes >= 1L << 30 ? (bytes / (double)(1L << 30)).ToString("0.0", CultureInfo.InvariantCulture) + " GB"
            : (bytes >> 20).ToString(CultureInfo.InvariantCulture) + " MB";
}
