using System.Text;
using Chokepoint.Evidence.Store;
using Chokepoint.Testing;

namespace Chokepoint.Evidence.Tests;

/// <summary>Bad input never crashes the pipeline: each case ends as a stored document or a skip with a reason.</summary>
public sealed class RobustnessTests : IDisposable
{
    private readonly TempDir _dir = new();

    private static IngestResult Ingest(Workspace ws, string name, byte[] bytes)
    {
        var r = ws.Ingest(name, bytes);
        Assert.True(r.Status != IngestStatus.Skipped || !string.IsNullOrWhiteSpace(r.Reason));
        Assert.DoesNotContain('\n', r.Reason ?? "");
        return r;
    }

    [Fact]
    public void Random_bytes_are_stored_or_skipped_never_thrown()
    {
        using var ws = Workspace.Open(Path.Combine(_dir.Path, "fuzz.db"));
        var random = new Random(20251110);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 4096)];
            random.NextBytes(bytes);
            if (i % 3 == 0) for (var k = 0; k < bytes.Length; k++) bytes[k] = (byte)(0x20 + bytes[k] % 0x5F);
            Ingest(ws, i % 2 == 0 ? $"f{i}.txt" : $"f{i}.html", bytes);
        }
    }

    [Fact]
    public void Random_text_made_of_claim_fragments_never_throws()
    {
        using var ws = Workspace.Open(Path.Combine(_dir.Path, "fragments.db"));
        string[] parts = ["China", " 90%", " of", " rare earths", ",", " and", " 稀土", "的", "占", "三分之一", " over", " nearly", " in 2024", ".", "。", " share of", " comes from", " licence", " banned", " on October 9", "(", "\"", " -", "%", " per cent", " two-thirds", "\n"];
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var sb = new StringBuilder();
            for (var k = random.Next(1, 200); k > 0; k--) sb.Append(parts[random.Next(parts.Length)]);
            Ingest(ws, $"frag{i}.txt", Encoding.UTF8.GetBytes(sb.ToString()));
        }
        Assert.NotEmpty(ws.Claims());
    }

    [Fact]
    public void Huge_line_without_punctuation_is_processed_in_bounded_time()
    {
        using var ws = Workspace.Open(Path.Combine(_dir.Path, "huge.db"));
        var line = string.Concat(Enumerable.Repeat("china controls 80% of rare earth processing and ", 80_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var r = Ingest(ws, "huge.txt", Encoding.UTF8.GetBytes(line));
        Assert.Equal(IngestStatus.Stored, r.Status);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Deeply_nested_html_does_not_overflow_the_stack()
    {
        using var ws = Workspace.Open(Path.Combine(_dir.Path, "nested.db"));
        const int depth = 50_000;
        var html = "<html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat("<div><span>", depth)) +
                   "China refines 90% of rare earths." + string.Concat(Enumerable.Repeat("</span></div>", depth)) + "</body></html>";
        var r = Ingest(ws, "deep.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(IngestStatus.Stored, r.Status);
    }

    [Fact]
    public void Mixed_encodings_are_skipped_or_read_but_never_crash()
    {
        using var ws = Workspace.Open(Path.Combine(_dir.Path, "mixed.db"));
        var utf8 = Encoding.UTF8.GetBytes("中国占全球稀土加工产能的90%以上。China refines 90% of rare earths.");
        var latin1 = Encoding.Latin1.GetBytes("Production fran\u00e7aise: 5% of gallium.");
        var gbk = new byte[] { 0xD6, 0xD0, 0xB9, 0xFA, 0x20, 0x39, 0x30, 0x25 };

        Assert.Equal(IngestStatus.Stored, Ingest(ws, "utf8.txt", utf8).Status);
        Assert.Equal(IngestStatus.Skipped, Ingest(ws, "mixed.txt", utf8.Concat(latin1).ToArray()).Status);
        Assert.Equal(IngestStatus.Skipped, Ingest(ws, "gbk.txt", gbk).Status);
        Assert.Equal(IngestStatus.Skipped, Ingest(ws, "utf16.txt", Encoding.Unicode.GetBytes("China refines 90% of rare earths.")).Status);
        Assert.Equal(IngestStatus.Skipped, Ingest(ws, "truncated.txt", utf8[..4]).Status);
    }

    [Fact]
    public void Synthetic_corpus_is_ingested_with_claims_and_events()
    {
        using var ws = Workspace.Open(Path.Combine(_dir.Path, "corpus.db"));
        var r = Ingest(ws, "corpus.txt", Encoding.UTF8.GetBytes(SyntheticCorpus.Generate(200_000)));
        Assert.True(r.Claims > 100 && r.Events > 10, $"{r.Claims} claims, {r.Events} events");
    }

    public void Dispose() => _dir.Dispose();
}
