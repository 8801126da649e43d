using System.Text;
using BenchmarkDotNet.Attributes;
using Chokepoint.Evidence;
using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Tagging;
using Chokepoint.Evidence.Text;

namespace Chokepoint.Benchmarks;

/// <summary>
/// The stages of evidence analysis, each over every sentence of the 10 MB document <c>ingest-bench</c> analyses
/// (seed 1): where analysis time goes (docs/evidence.md, "Ingest speed"). The sentences are split once in the set-up.
/// </summary>
[MemoryDiagnoser]
public class EvidenceStageBenchmarks
{
    private ExtractedText _text = null!;
    private List<Sentence> _sentences = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bytes = Encoding.UTF8.GetBytes(SyntheticCorpus.Generate(10 * 1024 * 1024, 1));
        _text = DocumentReader.Read("bench.txt", bytes).Text ?? throw new InvalidOperationException("the synthetic text was not read");
        _sentences = SentenceSplitter.Split(_text.Body);
    }

    [Benchmark(Baseline = true, Description = "whole analysis (DocumentAnalyzer)")]
    public int Analyse() => DocumentAnalyzer.Analyze(_text).Claims.Count;

    [Benchmark(Description = "sentence splitting")]
    public int Split()
    {
        var n = 0;
        foreach (var _ in SentenceSplitter.Enumerate(_text.Body)) n++;
        return n;
    }

    [Benchmark(Description = "share claims, every sentence")]
    public int Claims()
    {
        var n = 0;
        foreach (var s in _sentences) n += ShareClaimExtractor.Extract(s).Count;
        return n;
    }

    [Benchmark(Description = "control events with dates, every sentence")]
    public int Events()
    {
        var n = 0;
        foreach (var s in _sentences) if (ControlEventExtractor.Extract(s, 2025) is not null) n++;
        return n;
    }

    [Benchmark(Description = "subject countries, every sentence")]
    public int Subjects()
    {
        var n = 0;
        foreach (var s in _sentences) if (ControlEventExtractor.SubjectCountry(s.Text) is not null) n++;
        return n;
    }

    [Benchmark(Description = "industry tagging, whole body")]
    public int Industries() => IndustryTagger.Tag(_text.Title, _text.Body).Count;

    [Benchmark(Description = "concepts, whole body")]
    public int ConceptsOfBody() => Concepts.In(_text.Body).Count;
}
