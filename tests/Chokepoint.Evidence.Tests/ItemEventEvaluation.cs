using System.Globalization;
using Chokepoint.Data;
using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;
using Chokepoint.Evidence.Text;
using Chokepoint.Model;

namespace Chokepoint.Evidence.Tests;

/// <summary>
/// The labelled sentences of Evaluation/items-events.tsv, scored: item mapping (each share claim's item
/// against the default dataset) and event extraction (issuer, kind and resolved date), each as precision
/// and recall, and the registry links of the events found.
/// </summary>
internal static class ItemEventEvaluation
{
    public sealed record Case(string Sentence, string? Dateline, IReadOnlyList<string> Items, string? Event, string? Measure);

    public sealed record Score(int Expected, int Predicted, int Matched)
    {
        public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;
        public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"precision {Precision:0.000} ({Matched}/{Predicted}), recall {Recall:0.000} ({Matched}/{Expected})");
    }

    public sealed record Report(Score Items, Score Events, int Links, int LinksExpected, IReadOnlyList<string> Misses, int Sentences, int Chinese);

    public static IReadOnlyList<Case> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", "items-events.tsv");
        return File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => new Case(f[0], Opt(f[1]), Opt(f[2]) is { } items ? items.Split(';') : [], Opt(f[3]), Opt(f[4])))
            .ToList();
    }

    private static string? Opt(string field) => field == "-" ? null : field;

    public static Report Run(IReadOnlyList<Case> cases, Dataset dataset)
    {
        var reconciler = new Reconciler(dataset, new ItemMapper(dataset));
        var analyst = new EvidenceAnalyst(dataset);
        int itemsExpected = 0, itemsPredicted = 0, itemsMatched = 0, eventsExpected = 0, eventsPredicted = 0, eventsMatched = 0, links = 0, linksExpected = 0;
        var misses = new List<string>();
        foreach (var c in cases)
        {
            var sentence = new Sentence(0, c.Sentence.Length, c.Sentence);
            var got = ShareClaimExtractor.Extract(sentence).Select(x => reconciler.Reconcile(x)).ToList();
            var mapped = got.Where(r => r.Item is not null).Select(r => r.Item!).ToList();
            var want = c.Items.Where(i => i != "unmapped").ToList();
            itemsExpected += want.Count;
            itemsPredicted += mapped.Count;
            var left = want.ToList();
            foreach (var m in mapped) if (left.Remove(m)) itemsMatched++;
            var shown = got.Select(r => r.Item ?? "unmapped").ToList();
            if (!shown.SequenceEqual(c.Items))
                misses.Add($"items  {c.Sentence}\n    expected: {string.Join(";", c.Items)}\n    got: {string.Join(";", shown)}  ({string.Join(" | ", got.Select(r => r.Reason))})");

            var e = ControlEventExtractor.Extract(sentence, Dateline(c.Dateline), null);
            var label = e is null ? null : $"{e.Issuer} {e.Kind} {e.Date ?? "-"}";
            if (c.Event is not null) eventsExpected++;
            if (label is not null) eventsPredicted++;
            if (label is not null && label == c.Event) eventsMatched++;
            if (label != c.Event) misses.Add($"event  {c.Sentence}\n    expected: {c.Event ?? "none"}\n    got: {label ?? "none"}");
            if (c.Measure is not null)
            {
                linksExpected++;
                var measure = e is null ? null : analyst.View(new StoredEvent(0, "", e)).MeasureId;
                if (measure == c.Measure) links++;
                else misses.Add($"link   {c.Sentence}\n    expected: {c.Measure}\n    got: {measure ?? "none"}");
            }
        }
        var chinese = cases.Count(c => Cjk.HasCjk(c.Sentence));
        return new Report(new Score(itemsExpected, itemsPredicted, itemsMatched), new Score(eventsExpected, eventsPredicted, eventsMatched), links, linksExpected, misses, cases.Count, chinese);
    }

    private static Dateline? Dateline(string? iso) =>
        iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture) is var d ? new Dateline(d.Year, d.Month, d.Day) : null;

    public static Dataset DefaultDataset() => DatasetLoader.LoadDefault().Dataset!;
}
