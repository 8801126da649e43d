using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
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

            var claims = 0;
            var watch = Stopwatch.StartNew();
            foreach (var d in docs) claims += DocumentAnalyzer.Analyze(DocumentReader.Read("bench.txt", d).Text!).Claims.Count;
            var analyse = watch.Elapsed;

            var path = Path.Combine(Path.GetTempPath(), $"chokepoint-bench-{Guid.NewGuid():N}.db");
            TimeSpan ingest;
            try
            {
                using var workspace = Workspace.Open(path, ctx.Clock);
                watch.Restart();
                for (var i = 0; i < docs.Count; i++) workspace.Ingest($"bench-{i}.txt", docs[i]);
                ingest = watch.Elapsed;
            }
            finally
            {
                foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
            }

            double Rate(TimeSpan t) => total / (1024.0 * 1024.0) / t.TotalSeconds;
            var table = new TableModel($"Evidence ingest, {Format.Number(total / (1024.0 * 1024.0))} MB of plain text in {docs.Count} document(s)", "stage", "seconds", "MB/s").Numeric(1, 2);
            table.Add("analyse (split, tag, extract)", S(analyse), Format.Number(Rate(analyse)));
            table.Add("ingest (analyse + store + FTS5 index)", S(ingest), Format.Number(Rate(ingest)));
            table.Note($"{claims} claims extracted; one thread; target ≥ 10 MB/s for ingest.");
            ctx.Render.Write(new { bytes = total, documents = docs.Count, claims, analyse_seconds = analyse.TotalSeconds, analyse_mb_per_s = Rate(analyse), ingest_seconds = ingest.TotalSeconds, ingest_mb_per_s = Rate(ingest) }, table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string S(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
}
