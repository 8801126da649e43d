using System.Globalization;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;
using Chokepoint.Evidence.Text;
using Xunit.Abstractions;

namespace Chokepoint.Evidence.Tests;

/// <summary>The shipped sample corpus (samples/articles) against its labels (Evaluation/sample-articles.tsv).</summary>
public sealed class SampleArticleTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "samples", "articles");

    [Fact]
    public void Sample_corpus_has_a_dozen_articles_in_english_and_chinese_and_a_pdf()
    {
        var files = DocumentFolder.Files(Folder).Select(f => f.Name).ToList();

        Assert.True(files.Count >= 12, string.Join(", ", files));
        Assert.Contains(files, f => f.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.True(files.Count(f => f.Contains("-zh-", StringComparison.Ordinal)) >= 4);
    }

    [Fact]
    public void Sample_articles_yield_their_labelled_claims_and_events_with_ninety_percent_precision_and_recall()
    {
        var labels = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Evaluation", "sample-articles.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        var analyst = new EvidenceAnalyst(ItemEventEvaluation.DefaultDataset());
        var predicted = new List<string>();
        foreach (var (path, name) in DocumentFolder.Files(Folder))
        {
            var text = DocumentReader.Read(name, File.ReadAllBytes(path)).Text!;
            var a = DocumentAnalyzer.Analyze(text);
            foreach (var c in a.Claims)
            {
                var v = analyst.View(new StoredClaim(1, name, c));
                predicted.Add($"{name}\tclaim\t{c.Country} {c.ValuePct.ToString("0.#", CultureInfo.InvariantCulture)} {v.Reconciliation.Item ?? "unmapped"}");
            }
            foreach (var e in a.Events)
                predicted.Add($"{name}\tevent\t{e.Issuer} {e.Kind} {e.Date ?? "-"} {analyst.View(new StoredEvent(1, name, e)).MeasureId ?? "-"}");
        }
        var expected = labels.Select(l => string.Join('\t', l)).ToList();
        var left = expected.ToList();
        var matched = predicted.Count(left.Remove);
        var precision = (double)matched / predicted.Count;
        var recall = (double)matched / expected.Count;
        var report = string.Create(CultureInfo.InvariantCulture, $"precision {precision:0.000} ({matched}/{predicted.Count}), recall {recall:0.000} ({matched}/{expected.Count})\n")
            + "missed:\n  " + string.Join("\n  ", left) + "\nextra:\n  " + string.Join("\n  ", predicted.Where(p => !expected.Contains(p)));
        output.WriteLine(report);

        Assert.True(precision >= 0.9 && recall >= 0.85, report);
    }

    [Fact]
    public void Sample_pdf_claims_cite_their_page()
    {
        var text = DocumentReader.Read("13-brief.pdf", File.ReadAllBytes(Path.Combine(Folder, "13-brief.pdf"))).Text!;
        var a = DocumentAnalyzer.Analyze(text);

        var graphite = a.Claims.Single(c => c.Subject.Contains("spherical graphite", StringComparison.Ordinal));
        var magnets = a.Claims.Single(c => c.Subject.Contains("NdFeB", StringComparison.Ordinal));
        Assert.Equal((DocumentKind.Pdf, 2, 1), (text.Kind, PdfText.PageOf(text.Body, graphite.Start), PdfText.PageOf(text.Body, magnets.Start)));
    }
}
