using Xunit.Abstractions;

namespace Chokepoint.Evidence.Tests;

/// <summary>
/// Scores item mapping and event extraction on the labelled set; the figures in docs/evidence.md come from
/// <c>dotnet test tests/Chokepoint.Evidence.Tests --filter ItemEventEvaluationTests --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class ItemEventEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Labelled_set_has_at_least_150_sentences_in_english_and_chinese()
    {
        var cases = ItemEventEvaluation.Load();

        Assert.True(cases.Count >= 150, $"{cases.Count} sentences");
        Assert.True(cases.Count(c => Text.Cjk.HasCjk(c.Sentence)) >= 40);
        Assert.True(cases.Count(c => c.Event is not null) >= 30 && cases.Count(c => c.Items.Count > 0) >= 80);
    }

    [Fact]
    public void Item_mapping_and_event_extraction_reach_ninety_percent_precision_and_recall()
    {
        var report = ItemEventEvaluation.Run(ItemEventEvaluation.Load(), ItemEventEvaluation.DefaultDataset());

        var text = $"{report.Sentences} sentences ({report.Chinese} Chinese)\nitem mapping: {report.Items}\nevent extraction: {report.Events}\n" +
                   $"registry links: {report.Links}/{report.LinksExpected}\n" + string.Join("\n", report.Misses);
        output.WriteLine(text);
        Assert.True(report.Items.Precision >= 0.9 && report.Items.Recall >= 0.9, text);
        Assert.True(report.Events.Precision >= 0.9 && report.Events.Recall >= 0.9, text);
    }
}
