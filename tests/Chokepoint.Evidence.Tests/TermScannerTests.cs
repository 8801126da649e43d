using System.Text;
using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Tagging;
using Chokepoint.Evidence.Text;

namespace Chokepoint.Evidence.Tests;

/// <summary>The fast term scanner against a plain reading of its rule, on the lexicons the pipeline uses.</summary>
public sealed class TermScannerTests
{
    // The rule, read plainly: at each position the longest term that matches there (English terms on word
    // boundaries, Chinese anywhere) is taken and the scan resumes after it; otherwise move one character on.
    private static List<(int, int)> Reference(string[] terms, string text, StringComparison comparison)
    {
        var order = Enumerable.Range(0, terms.Length).OrderByDescending(i => terms[i].Length).ThenBy(i => i).ToArray();
        var result = new List<(int, int)>();
        for (var p = 0; p < text.Length;)
        {
            var hit = -1;
            foreach (var i in order)
            {
                var t = terms[i];
                if (p + t.Length > text.Length || !text.AsSpan(p, t.Length).Equals(t, comparison)) continue;
                if (Cjk.IsCjk(t[0])) { hit = i; break; }
                var before = p == 0 || !char.IsLetterOrDigit(text[p - 1]);
                var after = p + t.Length >= text.Length || !char.IsLetterOrDigit(text[p + t.Length]);
                if (before && after) { hit = i; break; }
            }
            if (hit < 0) { p++; continue; }
            result.Add((hit, p));
            p += terms[hit].Length;
        }
        return result;
    }

    public static TheoryData<string, bool> Lexicons() => new()
    {
        { "industries", true },
        { "concepts", true },
        { "countries", false },
    };

    private static string[] Terms(string lexicon) => lexicon switch
    {
        "industries" => IndustryTagger.Lexicon.SelectMany(l => l.Terms).Where(t => !(t.Length <= 5 && t.Any(char.IsUpper) && !t.Any(char.IsLower))).Distinct().ToArray(),
        "concepts" => Concepts.All.SelectMany(c => c.Names.Concat(c.ChineseNames)).Distinct().ToArray(),
        _ => ["China", "Chinese", "Beijing", "Congo", "the Democratic Republic of Congo", "US", "U.S.", "United States", "中国", "美国", "日本"],
    };

    [Theory]
    [MemberData(nameof(Lexicons))]
    public void Finds_what_the_plain_rule_finds_on_random_text(string lexicon, bool ignoreCase)
    {
        var terms = Terms(lexicon);
        var scanner = new TermScanner(terms, ignoreCase);
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        // Text made of the terms themselves, cut, joined and re-cased, with the characters that decide boundaries.
        string[] glue = [" ", "", "-", ",", ".", "s", "ed", "é", "中", "\n", "3", "_", "'", "A"];
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            for (var k = random.Next(1, 30); k > 0; k--)
            {
                var t = terms[random.Next(terms.Length)];
                if (random.Next(4) == 0) t = t[..random.Next(1, t.Length + 1)];
                if (random.Next(3) == 0) t = random.Next(2) == 0 ? t.ToUpperInvariant() : t.ToLowerInvariant();
                sb.Append(t).Append(glue[random.Next(glue.Length)]);
            }
            var text = sb.ToString();
            Assert.Equal(Reference(terms, text, comparison), scanner.FindAll(text));
        }
    }

    [Fact]
    public void Longest_term_wins_and_words_must_be_whole()
    {
        var scanner = new TermScanner(["rare earth", "rare earth magnets", "magnet", "稀土"], ignoreCase: true);
        Assert.Equal([(1, 0), (2, 28)], scanner.FindAll("Rare Earth Magnets, and one magnet; magnetic"));
        Assert.Equal([(3, 2)], scanner.FindAll("中国稀土magnet"));
    }

    [Fact]
    public void English_terms_must_start_with_a_letter_or_digit()
    {
        Assert.Throws<ArgumentException>(() => new TermScanner(["-ion"], ignoreCase: false));
    }
}
