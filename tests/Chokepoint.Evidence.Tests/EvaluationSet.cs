using System.Globalization;
using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Text;

namespace Chokepoint.Evidence.Tests;

/// <summary>The labelled sentences of Evaluation/share-claims.tsv and the score of the rules on them.</summary>
internal static class EvaluationSet
{
    public sealed record Case(string Sentence, IReadOnlyList<string> Expected);

    public sealed record Score(int Expected, int Predicted, int Matched, IReadOnlyList<string> Misses)
    {
        public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;
        public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;
    }

    public static IReadOnlyList<Case> Load(string file = "share-claims.tsv")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", file);
        return File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => new Case(f[0], f.Length > 1 ? f[1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : []))
            .ToList();
    }

    /// <summary>A claim as the labels write it: country, value, qualifier, stage, concept, year ('-' for none).</summary>
    public static string Label(ShareClaim c) => string.Join(" ",
        c.Country, c.ValuePct.ToString("0.#", CultureInfo.InvariantCulture), c.Qualifier ?? "-", c.Stage ?? "-",
        c.Concepts.Count > 0 ? c.Concepts[0] : "-", c.Year?.ToString(CultureInfo.InvariantCulture) ?? "-");

    public static Score Run(IReadOnlyList<Case> cases)
    {
        int expected = 0, predicted = 0, matched = 0;
        var misses = new List<string>();
        foreach (var c in cases)
        {
            var got = ShareClaimExtractor.Extract(new Sentence(0, c.Sentence.Length, c.Sentence)).Select(Label).ToList();
            var want = c.Expected.ToList();
            expected += want.Count;
            predicted += got.Count;
            var unmatched = new List<string>();
            foreach (var g in got)
            {
                if (want.Remove(g)) matched++;
                else unmatched.Add(g);
            }
            if (unmatched.Count > 0 || want.Count > 0)
                misses.Add($"{c.Sentence}\n    extra: {string.Join(" ; ", unmatched)}\n    missed: {string.Join(" ; ", want)}");
        }
        return new Score(expected, predicted, matched, misses);
    }
}
