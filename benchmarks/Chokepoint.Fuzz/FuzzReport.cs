namespace Chokepoint.Fuzz;

/// <summary>The entry points fed with generated input.</summary>
internal enum Target
{
    Dataset,
    Scenario,
    Evidence,
    Html,
    Search,
}

/// <summary>
/// How to fuzz: how many inputs, from which seed, on how many threads, and when an input counts as a
/// hang (CPU seconds of its thread) or as too large (bytes allocated on its thread).
/// </summary>
internal sealed record FuzzOptions(long Inputs, int Seed = 1, int Threads = 1, double HangSeconds = 2, string? SaveDir = null, long Start = 0,
    long MemoryLimitBytes = 500_000_000);

/// <summary>One input that crashed (an exception escaped), hung or allocated past the memory limit.</summary>
internal sealed record Finding(long Index, Target Target, string What, double Seconds);

/// <summary>
/// What a run found: outcomes per target in the CLI's exit codes (0 accepted, 1 refused as a usage
/// error, 2 refused as invalid data, 3 crashed), crashes, hangs, inputs over the memory limit, time,
/// and the memory figures of the run.
/// </summary>
internal sealed class FuzzReport
{
    public long Inputs { get; set; }
    public Dictionary<Target, long[]> ExitCodes { get; } = Enum.GetValues<Target>().ToDictionary(t => t, _ => new long[4]);
    public List<Finding> Crashes { get; } = [];
    public List<Finding> Hangs { get; } = [];
    public List<Finding> OverMemory { get; } = [];

    /// <summary>Inputs over the hang limit in wall-clock time but not in CPU time: slowed by other work on the machine.</summary>
    public List<Finding> SlowUnderLoad { get; } = [];
    public double Seconds { get; set; }
    public double SlowestSeconds { get; set; }
    public long SlowestIndex { get; set; }

    /// <summary>Most CPU seconds one input's thread used, and which input.</summary>
    public double MostCpuSeconds { get; set; }
    public long MostCpuIndex { get; set; }
    public Dictionary<Target, double> TargetSeconds { get; } = Enum.GetValues<Target>().ToDictionary(t => t, _ => 0.0);

    /// <summary>Most bytes one input allocated on its thread (managed heap), and which input.</summary>
    public long MostAllocatedBytes { get; set; }
    public long MostAllocatedIndex { get; set; }

    /// <summary>Peak resident set of the whole process over the run (the kernel's high-water mark), bytes.</summary>
    public long PeakWorkingSetBytes { get; set; }

    /// <summary>Peak of the memory SQLite allocated (page caches, in-memory workspaces, FTS5) over the run, bytes.</summary>
    public long SqlitePeakBytes { get; set; }
}
