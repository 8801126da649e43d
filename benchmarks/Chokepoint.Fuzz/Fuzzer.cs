using System.Collections.Concurrent;
using System.Diagnostics;
using Chokepoint.Data;
using Chokepoint.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Chokepoint.Fuzz;

/// <summary>
/// Feeds generated inputs through five entry points in turn (input n goes to target n mod 5): the
/// dataset loader, the scenario parser (then the compiler and one run when the scenario is valid),
/// the evidence reader and extractor on mutated seed documents, the same on hostile HTML
/// (<see cref="HtmlShapes"/>), and search (<see cref="SearchShapes"/>: ingest into a fresh workspace,
/// then queries through the CLI's and web's search handler). Input n is generated from (seed, n)
/// alone, so a finding is reproduced by running from --start n with --inputs 1.
/// An exception escaping an entry point is a crash (the contract is a diagnostic, never an exception);
/// an input whose thread used more CPU than the hang limit is a hang (<see cref="ThreadCpu"/>; wall time
/// where that cannot be read), one over the limit in wall time only is counted as slow under load, and one
/// still running at 30 times the limit stops the run (its thread cannot be aborted); an input whose thread allocated more than the memory
/// limit is over memory. Allocation is counted per thread (GC.GetAllocatedBytesForCurrentThread), so
/// it is exact for the input even with other threads running, and it bounds what the input can have
/// held at once on the managed heap; SQLite's native memory and the process's resident peak are
/// reported for the run as a whole.
/// </summary>
internal static class Fuzzer
{
    private static readonly Target[] Targets = Enum.GetValues<Target>();

    /// <summary>Wall-clock multiple of the hang limit at which a still-running input stops the run (generous: a loaded machine stretches wall time).</summary>
    private const int RunawayFactor = 30;

    public static FuzzReport Run(FuzzOptions options, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dataset = DatasetLoader.Load(new MemorySource(FuzzInputs.DatasetFiles));
        if (dataset.Dataset is null) throw new InvalidOperationException("the seed dataset does not load: " + string.Join("; ", dataset.Diagnostics));
        using (var db = new SqliteConnection("Data Source=:memory:")) db.Open(); // loads SQLite, so its peak can be reset
        raw.sqlite3_memory_highwater(1);
        var report = new FuzzReport { Inputs = options.Inputs };
        var run = new RunState(options.Threads);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.Threads).Select(w => new Thread(() =>
        {
            for (var i = options.Start + w; i < options.Start + options.Inputs; i += options.Threads)
            {
                run.Current[w] = i;
                var target = Targets[i % Targets.Length];
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var cpuBefore = ThreadCpu.Seconds();
                Volatile.Write(ref run.Started[w], Stopwatch.GetTimestamp());
                var (code, what) = Execute(target, i, options.Seed, dataset.Dataset, options.SaveDir);
                var ticks = Stopwatch.GetTimestamp() - run.Started[w];
                Volatile.Write(ref run.Started[w], 0);
                var cpu = ThreadCpu.Seconds() - cpuBefore;
                var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                var seconds = Stopwatch.GetElapsedTime(0, ticks).TotalSeconds;
                Interlocked.Increment(ref run.Counts[target][code]);
                Interlocked.Add(ref run.TargetTicks[(int)target], ticks);
                if (code == 3) run.Crashes.Add(new Finding(i, target, what!, seconds));
                if ((double.IsNaN(cpu) ? seconds : cpu) > options.HangSeconds)
                {
                    run.Hangs.Add(new Finding(i, target, $"used {cpu:0.00} s of CPU", seconds));
                    FuzzInputs.Save(options.SaveDir, target, i, options.Seed);
                }
                else if (seconds > options.HangSeconds)
                {
                    run.SlowUnderLoad.Add(new Finding(i, target, $"used {cpu:0.00} s of CPU", seconds));
                }
                if (allocated > options.MemoryLimitBytes)
                {
                    run.OverMemory.Add(new Finding(i, target, $"allocated {allocated / 1e6:N0} MB", seconds));
                    FuzzInputs.Save(options.SaveDir, target, i, options.Seed);
                }
                run.Record(ticks, cpu, allocated, i);
                var n = Interlocked.Increment(ref run.Done);
                if (n % 10_000 == 0) progress?.Invoke(n);
            }
        }, 64 * 1024 * 1024) { IsBackground = true }).ToList();
        foreach (var t in workers) t.Start();
        while (!workers.All(t => t.Join(200)))
        {
            for (var w = 0; w < options.Threads; w++)
            {
                var s = Volatile.Read(ref run.Started[w]);
                if (s != 0 && Stopwatch.GetElapsedTime(s).TotalSeconds > options.HangSeconds * RunawayFactor)
                {
                    var i = run.Current[w];
                    run.Hangs.Add(new Finding(i, Targets[i % Targets.Length], $"still running at {RunawayFactor} times the hang limit; run stopped", Stopwatch.GetElapsedTime(s).TotalSeconds));
                    FuzzInputs.Save(options.SaveDir, Targets[i % Targets.Length], i, options.Seed);
                    return Finish(report, run, clock);
                }
            }
        }
        return Finish(report, run, clock);
    }

    private static FuzzReport Finish(FuzzReport report, RunState run, Stopwatch clock)
    {
        report.Inputs = Interlocked.Read(ref run.Done);
        foreach (var (t, c) in run.Counts) Array.Copy(c, report.ExitCodes[t], 4);
        foreach (var t in Targets) report.TargetSeconds[t] = Stopwatch.GetElapsedTime(0, run.TargetTicks[(int)t]).TotalSeconds;
        report.Crashes.AddRange(run.Crashes.OrderBy(f => f.Index));
        report.Hangs.AddRange(run.Hangs.OrderBy(f => f.Index));
        report.OverMemory.AddRange(run.OverMemory.OrderBy(f => f.Index));
        report.SlowUnderLoad.AddRange(run.SlowUnderLoad.OrderBy(f => f.Index));
        report.Seconds = clock.Elapsed.TotalSeconds;
        lock (run)
        {
            report.SlowestSeconds = Stopwatch.GetElapsedTime(0, run.Slowest.Ticks).TotalSeconds;
            report.SlowestIndex = run.Slowest.Index;
            (report.MostAllocatedBytes, report.MostAllocatedIndex) = run.MostAllocated;
            (report.MostCpuSeconds, report.MostCpuIndex) = run.MostCpu;
        }
        using (var self = Process.GetCurrentProcess()) report.PeakWorkingSetBytes = self.PeakWorkingSet64;
        report.SqlitePeakBytes = raw.sqlite3_memory_highwater(0);
        return report;
    }

    /// <summary>Runs one input: (exit code, what crashed).</summary>
    private static (int Code, string? What) Execute(Target target, long index, int seed, Dataset dataset, string? saveDir)
    {
        try
        {
            return (target switch
            {
                Target.Dataset => EntryPoints.LoadDataset(FuzzInputs.DatasetFolder(index, seed)),
                Target.Scenario => EntryPoints.RunScenario(FuzzInputs.File(target, index, seed).Bytes, dataset),
                Target.Search => EntryPoints.Search(FuzzInputs.Search(index, seed), dataset),
                _ => EntryPoints.Extract(FuzzInputs.File(target, index, seed)),
            }, null);
        }
        catch (Exception ex)
        {
            FuzzInputs.Save(saveDir, target, index, seed);
            return (3, $"{ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
        }
    }

    /// <summary>Counters shared by the workers of one run.</summary>
    private sealed class RunState(int threads)
    {
        public readonly Dictionary<Target, long[]> Counts = Targets.ToDictionary(t => t, _ => new long[4]);
        public readonly long[] TargetTicks = new long[Targets.Length];
        public readonly long[] Started = new long[threads];
        public readonly long[] Current = new long[threads];
        public readonly ConcurrentBag<Finding> Crashes = [];
        public readonly ConcurrentBag<Finding> Hangs = [];
        public readonly ConcurrentBag<Finding> OverMemory = [];
        public readonly ConcurrentBag<Finding> SlowUnderLoad = [];
        public long Done;
        public (long Ticks, long Index) Slowest;
        public (long Bytes, long Index) MostAllocated;

        public (double Seconds, long Index) MostCpu;

        public void Record(long ticks, double cpu, long allocated, long index)
        {
            lock (this)
            {
                if (cpu > MostCpu.Seconds) MostCpu = (cpu, index);
                if (ticks > Slowest.Ticks) Slowest = (ticks, index);
                if (allocated > MostAllocated.Bytes) MostAllocated = (allocated, index);
            }
        }
    }
}
