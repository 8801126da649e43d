using System.Globalization;
using System.Text;

namespace Chokepoint.Evidence;

/// <summary>
/// Generates plain-text articles for benchmarks and robustness tests: news-style sentences with share
/// claims, control events, non-share percentages and filler, in English with some Chinese. The same
/// seed gives the same text. Thread-safe (no shared state).
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Countries = ["China", "Chinese suppliers", "Beijing", "Australia", "Indonesia", "the Democratic Republic of Congo", "Chile", "Japan", "the US"];
    private static readonly string[] Subjects = ["refined lithium", "rare earth processing", "the world's cathode materials", "anode materials", "global gallium production", "refined cobalt", "mined nickel", "magnet production", "mature chip capacity", "acetaminophen API output"];
    private static readonly string[] Verbs = ["produces", "controls", "accounts for", "refines", "holds", "supplies"];
    private static readonly string[] Filler =
    [
        "Analysts said the market would remain tight through the rest of the year.",
        "Officials declined to comment on the timing of further talks.",
        "Prices of the material rose 12% in the third quarter, according to traders.",
        "A survey found that 40% of companies had increased their inventories.",
        "Producers outside Asia are planning new plants, but permits take years.",
        "The government said it would publish the list of controlled items next month.",
        "Shipments resumed after a pause of several weeks, customs data showed.",
        "稀土出口在十月有所回升，市场情绪趋于稳定。",
    ];

    /// <summary>About <paramref name="bytes"/> bytes of UTF-8 text (≥ 1), in paragraphs of a few sentences.</summary>
    public static string Generate(int bytes, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1);
        var random = new Random(seed);
        var sb = new StringBuilder(bytes + 256);
        var written = 0;
        var sentences = 0;
        while (written < bytes)
        {
            // About three sentences in ten carry a percentage, as in the trade press these rules are for.
            var sentence = random.Next(20) switch
            {
                0 or 1 or 2 => Claim(random),
                3 => $"{Pick(random, Countries)} {Pick(random, Verbs)} {Pct(random)} of {Pick(random, Subjects)} and {Pct(random)} of {Pick(random, Subjects)}.",
                4 => $"In early April {2020 + random.Next(6)}, the commerce ministry began requiring licences for exports of rare earths and related magnets.",
                5 => "中国占全球稀土加工产能的" + random.Next(60, 99).ToString(CultureInfo.InvariantCulture) + "%以上。",
                _ => Pick(random, Filler),
            };
            sb.Append(sentence);
            written += Encoding.UTF8.GetByteCount(sentence) + 1;
            sb.Append(++sentences % 5 == 0 ? "\n\n" : " ");
        }
        return sb.ToString();
    }

    private static string Claim(Random random) =>
        $"{Pick(random, Countries)} {Pick(random, Verbs)} {(random.Next(3) == 0 ? "nearly " : "")}{Pct(random)} of {Pick(random, Subjects)}, the report said.";

    private static string Pct(Random random) => random.Next(5, 99).ToString(CultureInfo.InvariantCulture) + (random.Next(4) == 0 ? " percent" : "%");

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];
}
