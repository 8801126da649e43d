using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Evidence;
using Chokepoint.Evidence.Store;
using Chokepoint.Evidence.Text;

namespace Chokepoint.Cli.Commands;

/// <summary>ingest-bench: throughput of the evidence pipeline on synthetic plain text, on one thread.</summary>
internal static class IngestBench
{
    public static Command Command(Func<ParseResult, CliContext> context)
    {
        var size = new Option<int>("--size-mb") { Description = "Megabytes of synthetic text, in documents of up to 10 MB (1-1000)", DefaultValueFactory = _ => 50 };
        var seed = new Option<int>("--seed") { Description = "Seed of the text generator", DefaultValueFactory = _ => 1 };
        var command = new Command("ingest-bench", "Measure evidence ingest throughput (MB/s of plain text on one thread): analysis alone, and analysis + storage in a temporary workspace") { size, seed };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var mb = parse.GetValue(size);
            if (mb is < 1 or > 1000) throw CliException.Usage($"--size-mb {mb} is out of range; expected 1 to 1000");
            var docs = new List<byte[]>();
            for (var left = mb; left > 0; left -= 10)
                docs.Add(Encoding.UTF8.GetBytes(SyntheticCorpus.Generate(Math.Min(left, 10) * 1024 * 1024, parse.GetValue(seed) + docs.Count)));
            var total = docs.Sum(d => (long)d.Length);

            // Warm-up (JIT tiering, GC heap sizing) on 4 MB of other text, analysed and stored, as BenchmarkDotNet would.
            var warm = Encoding.UTF8.GetBytes(SyntheticCorpus.Generate(4 * 1024 * 1024, -1));
            var warmPath = TempDb();
            try
            {
                for (var i = 0; i < 5; i++) DocumentAnalyzer.Analyze(DocumentReader.Read("warm.txt", warm).Text!);
                using var ws = Workspace.Open(warmPath, ctx.Clock);
                ws.Ingest("warm.txt", warm);
            }
            finally
            {
                Delete(warmPath);
            }

            var process = Process.GetCurrentProcess();
            var claims = 0;
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var d in docs) claims += DocumentAnalyzer.Analyze(DocumentReader.Read("bench.txt", d).Text!).Claims.Count;
            var analyse = watch.Elapsed;
            process.Refresh();
            var analyseCpu = process.TotalProcessorTime - cpu;

            var path = TempDb();
            TimeSpan ingest, ingestCpu;
            try
            {
                using var workspace = Workspace.Open(path, ctx.Clock);
                process.Refresh();
                cpu = process.TotalProcessorTime;
                watch.Restart();
                for (var i = 0; i < docs.Count; i++) workspace.Ingest($"bench-{i}.txt", docs[i]);
                ingest = watch.Elapsed;
                process.Refresh();
                ingestCpu = process.TotalProcessorTime - cpu;
            }
            finally
            {
                Delete(path);
            }

            double Rate(TimeSpan t) => total / (1024.0 * 1024.0) / t.TotalSeconds;
            var table = new Table($"Evidence ingest, {Format.Number(total / (1024.0 * 1024.0))} MB of plain text in {docs.Count} document(s)",
                "stage", "wall s", "MB/s (wall)", "CPU s", "MB/s per CPU second").Numeric(1, 2, 3, 4);
            table.Add("analyse (split, tag, extract)", S(analyse), Format.Number(Rate(analyse)), S(analyseCpu), Format.Number(Rate(analyseCpu)));
            table.Add("ingest (analyse + store + FTS5 index)", S(ingest), Format.Number(Rate(ingest)), S(ingestCpu), Format.Number(Rate(ingestCpu)));
            table.Note("CPU time counts every thread of the process (GC included); on a busy machine it is the fairer single-core figure.");
            table.Note($"{claims} claims extracted; one thread, after a warm-up (5 passes over 4 MB); target ≥ 10 MB/s for ingest.");
            ctx.Render.Write(new { bytes = total, documents = docs.Count, claims, analyse_seconds = analyse.TotalSeconds, analyse_mb_per_s = Rate(analyse), analyse_cpu_seconds = analyseCpu.TotalSeconds,
                ingest_seconds = ingest.TotalSeconds, ingest_mb_per_s = Rate(ingest), ingest_cpu_seconds = ingestCpu.TotalSeconds, ingest_mb_per_cpu_s = Rate(ingestCpu) }, table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string TempDb() => Path.Combine(Path.GetTempPath(), $"chokepoint-bench-{Guid.NewGuid():N}.db");

    private static void Delete(string path)
    {
        foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
    }

    private static string S(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
}
