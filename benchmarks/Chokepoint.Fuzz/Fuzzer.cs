using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Chokepoint.Data;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Data.Sources;
using Chokepoint.Evidence;
using Chokepoint.Evidence.Text;
using Chokepoint.Model;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Fuzz;

/// <summary>The three entry points fed with mutated input.</summary>
internal enum Target
{
    Dataset,
    Scenario,
    Evidence,
}

/// <summary>How to fuzz: how many inputs, from which seed, on how many threads, and when an input counts as a hang.</summary>
internal sealed record FuzzOptions(long Inputs, int Seed = 1, int Threads = 1, double HangSeconds = 5, string? SaveDir = null, long Start = 0);

/// <summary>One input that crashed (an exception escaped) or hung.</summary>
internal sealed record Finding(long Index, Target Target, string What, double Seconds);

/// <summary>What a run found: outcomes per target in the CLI's exit codes (0 accepted, 2 refused as invalid, 3 crashed), crashes, hangs, time.</summary>
internal sealed class FuzzReport
{
    public long Inputs { get; set; }
    public Dictionary<Target, long[]> ExitCodes { get; } = Enum.GetValues<Target>().ToDictionary(t => t, _ => new long[4]);
    public List<Finding> Crashes { get; } = [];
    public List<Finding> Hangs { get; } = [];
    public double Seconds { get; set; }
    public double SlowestSeconds { get; set; }
    public long SlowestIndex { get; set; }
    public Dictionary<Target, double> TargetSeconds { get; } = Enum.GetValues<Target>().ToDictionary(t => t, _ => 0.0);
}

/// <summary>
/// Feeds mutated inputs through the dataset loader, the scenario parser (then the compiler and one
/// run when the scenario is valid) and the evidence reader and extractor. Input n is generated from
/// (seed, n) alone, so a finding is reproduced by running from --start n with --inputs 1. An input
/// taking longer than the hang limit is a hang; one still running after ten times the limit stops the
/// run (its thread cannot be aborted). Any exception escaping an entry point is a crash: the contract
/// is a diagnostic (exit 2), never an exception (exit 3).
/// </summary>
internal static class Fuzzer
{
    private static readonly IReadOnlyDictionary<string, byte[]> DatasetFiles =
        Seeds.Dataset.ToDictionary(kv => kv.Key, kv => Encoding.UTF8.GetBytes(kv.Value), StringComparer.Ordinal);
    private static readonly string[] DatasetNames = [.. Seeds.Dataset.Keys.Order(StringComparer.Ordinal)];
    private static readonly byte[] ScenarioSeed = Encoding.UTF8.GetBytes(Seeds.Scenario);
    private static readonly byte[][] AllSeeds =
        [.. DatasetFiles.Values, ScenarioSeed, .. Seeds.Documents.Select(d => Encoding.UTF8.GetBytes(d.Text))];

    public static FuzzReport Run(FuzzOptions options, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dataset = DatasetLoader.Load(new MemorySource(DatasetFiles));
        if (dataset.Dataset is null) throw new InvalidOperationException("the seed dataset does not load: " + string.Join("; ", dataset.Diagnostics));
        var report = new FuzzReport { Inputs = options.Inputs };
        var crashes = new ConcurrentBag<Finding>();
        var hangs = new ConcurrentBag<Finding>();
        var counts = Enum.GetValues<Target>().ToDictionary(t => t, _ => new long[4]);
        var targetTicks = new long[3];
        var started = new long[options.Threads];
        var current = new long[options.Threads];
        var done = 0L;
        var slowest = (Ticks: 0L, Index: 0L);
        var gate = new object();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.Threads).Select(w => new Thread(() =>
        {
            for (var i = options.Start + w; i < options.Start + options.Inputs; i += options.Threads)
            {
                current[w] = i;
                Volatile.Write(ref started[w], Stopwatch.GetTimestamp());
                var target = (Target)(i % 3);
                var (code, what) = Execute(target, i, options.Seed, dataset.Dataset, options.SaveDir);
                var ticks = Stopwatch.GetTimestamp() - started[w];
                Volatile.Write(ref started[w], 0);
                Interlocked.Increment(ref counts[target][code]);
                Interlocked.Add(ref targetTicks[(int)target], ticks);
                if (code == 3) crashes.Add(new Finding(i, target, what!, Stopwatch.GetElapsedTime(0, ticks).TotalSeconds));
                var seconds = Stopwatch.GetElapsedTime(0, ticks).TotalSeconds;
                if (seconds > options.HangSeconds)
                {
                    hangs.Add(new Finding(i, target, "took longer than the hang limit", seconds));
                    Save(options.SaveDir, target, i, options.Seed);
                }
                lock (gate) if (ticks > slowest.Ticks) slowest = (ticks, i);
                var n = Interlocked.Increment(ref done);
                if (n % 10_000 == 0) progress?.Invoke(n);
            }
        }, 64 * 1024 * 1024) { IsBackground = true }).ToList();
        foreach (var t in workers) t.Start();
        while (!workers.All(t => t.Join(200)))
        {
            for (var w = 0; w < options.Threads; w++)
            {
                var s = Volatile.Read(ref started[w]);
                if (s != 0 && Stopwatch.GetElapsedTime(s).TotalSeconds > options.HangSeconds * 10)
                {
                    hangs.Add(new Finding(current[w], (Target)(current[w] % 3), "still running at ten times the hang limit; run stopped", Stopwatch.GetElapsedTime(s).TotalSeconds));
                    return Finish(report, counts, targetTicks, crashes, hangs, clock, slowest, Interlocked.Read(ref done));
                }
            }
        }
        return Finish(report, counts, targetTicks, crashes, hangs, clock, slowest, done);
    }

    private static FuzzReport Finish(FuzzReport report, Dictionary<Target, long[]> counts, long[] targetTicks, ConcurrentBag<Finding> crashes, ConcurrentBag<Finding> hangs,
        Stopwatch clock, (long Ticks, long Index) slowest, long done)
    {
        report.Inputs = done;
        foreach (var (t, c) in counts) Array.Copy(c, report.ExitCodes[t], 4);
        foreach (var t in Enum.GetValues<Target>()) report.TargetSeconds[t] = Stopwatch.GetElapsedTime(0, targetTicks[(int)t]).TotalSeconds;
        report.Crashes.AddRange(crashes.OrderBy(f => f.Index));
        report.Hangs.AddRange(hangs.OrderBy(f => f.Index));
        report.Seconds = clock.Elapsed.TotalSeconds;
        report.SlowestSeconds = Stopwatch.GetElapsedTime(0, slowest.Ticks).TotalSeconds;
        report.SlowestIndex = slowest.Index;
        return report;
    }

    /// <summary>The input of index <paramref name="index"/>: for the dataset, the mutated file's name and the whole folder.</summary>
    public static (string Name, byte[] Bytes) Input(Target target, long index, int seed)
    {
        var random = new Random(unchecked((int)(index * 1_000_003) ^ (seed * 7919)));
        return target switch
        {
            Target.Dataset => DatasetInput(random),
            Target.Scenario => ("scenario.yaml", Mutator.Mutate(ScenarioSeed, AllSeeds, random)),
            _ => EvidenceInput(random),
        };
    }

    private static (string, byte[]) DatasetInput(Random random)
    {
        var name = DatasetNames[random.Next(DatasetNames.Length)];
        return (name, Mutator.Mutate(DatasetFiles[name], AllSeeds, random));
    }

    private static (string, byte[]) EvidenceInput(Random random)
    {
        var (name, text) = Seeds.Documents[random.Next(Seeds.Documents.Count)];
        return (name, Mutator.Mutate(Encoding.UTF8.GetBytes(text), AllSeeds, random));
    }

    /// <summary>Runs one input: (exit code, what crashed).</summary>
    private static (int Code, string? What) Execute(Target target, long index, int seed, Dataset dataset, string? saveDir)
    {
        var (name, bytes) = Input(target, index, seed);
        try
        {
            return (target switch
            {
                Target.Dataset => LoadDataset(name, bytes),
                Target.Scenario => RunScenario(bytes, dataset),
                _ => Extract(name, bytes),
            }, null);
        }
        catch (Exception ex)
        {
            Save(saveDir, target, index, seed);
            return (3, $"{ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
        }
    }

    /// <summary>Writes input <paramref name="index"/> to <paramref name="saveDir"/> (when given) as TARGET-INDEX-NAME.</summary>
    private static void Save(string? saveDir, Target target, long index, int seed)
    {
        if (saveDir is null) return;
        var (name, bytes) = Input(target, index, seed);
        Directory.CreateDirectory(saveDir);
        File.WriteAllBytes(Path.Combine(saveDir, $"{target.ToString().ToLowerInvariant()}-{index}-{name}"), bytes);
    }

    private static int LoadDataset(string name, byte[] bytes)
    {
        var files = new Dictionary<string, byte[]>(DatasetFiles, StringComparer.Ordinal) { [name] = bytes };
        return DatasetLoader.Load(new MemorySource(files)).HasErrors ? 2 : 0;
    }

    private static int RunScenario(byte[] bytes, Dataset dataset)
    {
        var diagnostics = new DiagnosticBag();
        var text = GuardedText.Decode("scenario.yaml", bytes, diagnostics);
        var scenario = text is null ? null : ScenarioParser.Parse("scenario.yaml", text, dataset, diagnostics);
        if (scenario is null) return 2;
        Simulator.Run(NetworkCompiler.Compile(dataset, scenario), new SimulationOptions(1, 1, 1));
        return 0;
    }

    private static int Extract(string name, byte[] bytes)
    {
        var read = DocumentReader.Read(name, bytes);
        if (read.Text is not { } text) return 2;
        DocumentAnalyzer.Analyze(text);
        return 0;
    }
}
