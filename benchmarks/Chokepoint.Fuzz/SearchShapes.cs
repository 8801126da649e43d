using System.Text;
using Chokepoint.Application.Evidence;
using Chokepoint.Application.Inputs;

namespace Chokepoint.Fuzz;

/// <summary>One search input: the documents ingested into a fresh workspace, then the queries asked of it, on one surface.</summary>
internal sealed record SearchCase(IReadOnlyList<(string Name, byte[] Bytes)> Documents, IReadOnlyList<SearchQuery> Queries, Surface Surface);

/// <summary>
/// Search inputs whose matches grow with the square of a document (issue 23 §1): documents of up to
/// 40,000 rows naming the same few words, one word repeated up to 150,000 times, a vocabulary soup,
/// Chinese runs; queries of one common word (a hit on every row), the same term repeated up to 40
/// times, phrases, NEAR, prefixes, column filters, FTS5 syntax characters left open, queries at and
/// past the 500-character limit, control characters; filters valid and not. Documents stay under
/// about 1.5 MB so that one input is one search's worth of work.
/// </summary>
internal static class SearchShapes
{
    private static readonly string[] Words =
        ["gallium", "germanium", "rare", "earth", "licence", "export", "control", "China", "MOFCOM", "antimony", "98%", "2024", "ban", "magnet", "稀土", "出口管制", "row"];

    private static readonly string[] Syntax =
        ["\"", "*", "(", ")", ":", "^", "+", "-", "NEAR(", "NEAR/", ",", "AND", "OR", "NOT", "{", "}", "title:", "body:", "{title body}:", "-body:", "'", "\\", "\0", "\u001b[2J", "\u202e", "ǅ", "\uFFFF", "\ud800"];

    public static SearchCase Generate(Random random)
    {
        var documents = new List<(string, byte[])> { Document(random) };
        if (random.Next(4) == 0) documents.Add(Document(random));
        var queries = new List<SearchQuery>();
        for (var q = 1 + random.Next(3); q > 0; q--) queries.Add(Query(random));
        return new SearchCase(documents, queries, random.Next(2) == 0 ? Surface.Cli : Surface.Web);
    }

    private static (string, byte[]) Document(Random random)
    {
        var kind = random.Next(3);
        var sb = new StringBuilder(kind == 2 ? "<!DOCTYPE html><html><head><title>Export controls</title></head><body>" : "Export controls on gallium\n\n");
        var word = Words[random.Next(Words.Length)];
        switch (random.Next(5))
        {
            case 0 or 1: // rows naming the same words: every row a hit
                var rows = HtmlShapes.Count(random, 40_000);
                for (var r = 0; r < rows; r++)
                    sb.Append(kind switch { 1 => "| ", 2 => "<tr><td>", _ => "" }).Append(word).Append(' ').Append(Words[r % Words.Length])
                      .Append(" row ").Append(r).Append(kind switch { 1 => " |\n", 2 => "</td></tr>\n", _ => "\n" });
                break;
            case 2: // one word repeated
                for (var n = HtmlShapes.Count(random, 150_000); n > 0; n--) sb.Append(word).Append(n % 40 == 0 ? '\n' : ' ');
                break;
            case 3: // a soup of the query vocabulary
                for (var n = HtmlShapes.Count(random, 100_000); n > 0; n--) sb.Append(Words[random.Next(Words.Length)]).Append(random.Next(12) == 0 ? ".\n" : " ");
                break;
            default: // Chinese without spaces
                for (var n = HtmlShapes.Count(random, 20_000); n > 0; n--) sb.Append("中国稀土出口管制商务部宣布");
                break;
        }
        if (kind == 2) sb.Append("</body></html>");
        return (kind switch { 1 => "doc.md", 2 => "doc.html", _ => "doc.txt" }, Encoding.UTF8.GetBytes(sb.ToString()));
    }

    private static SearchQuery Query(Random random)
    {
        var q = random.Next(9) switch
        {
            0 => Words[random.Next(Words.Length)],
            1 => Repeat(Words[random.Next(Words.Length)], 1 + random.Next(40)),
            2 => $"\"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}\"",
            3 => $"NEAR({Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}, {random.Next(-2, 200)})",
            4 => Words[random.Next(Words.Length)][..1] + "*",
            5 => string.Concat(Enumerable.Range(0, 1 + random.Next(12)).Select(_ => random.Next(2) == 0 ? Syntax[random.Next(Syntax.Length)] : Words[random.Next(Words.Length)] + " ")),
            6 => new string('a', 495 + random.Next(10)),
            7 => string.Join(random.Next(2) == 0 ? " OR " : " AND ", Enumerable.Range(0, 1 + random.Next(20)).Select(_ => Words[random.Next(Words.Length)])),
            _ => string.Concat(Enumerable.Range(0, random.Next(30)).Select(_ => (char)random.Next(1, 0x3000))),
        };
        var query = new SearchQuery(q);
        if (random.Next(4) == 0) query = query with { Industry = random.Next(3) == 0 ? "unknown-industry" : "semiconductors" };
        if (random.Next(6) == 0) query = query with { Item = random.Next(3) == 0 ? "nope" : "gallium" };
        if (random.Next(6) == 0) query = query with { Issuer = random.Next(3) == 0 ? "XXX" : "CHN" };
        if (random.Next(5) == 0) query = query with { From = random.Next(3) == 0 ? "2025-02-30" : "2024", To = random.Next(2) == 0 ? null : "2025-12" };
        if (random.Next(5) == 0) query = query with { Limit = random.Next(4) switch { 0 => "0", 1 => "1001", 2 => "abc", _ => "1000" }, Offset = random.Next(2) == 0 ? null : "-1" };
        return query;
    }

    private static string Repeat(string word, int times) => string.Join(' ', Enumerable.Repeat(word, times));
}
