using System.Text;

namespace Chokepoint.Fuzz;

/// <summary>
/// Hostile HTML documents for the evidence reader (issue 23 §2): deep nesting just under and over the
/// tree builder's depth limit followed by up to 40,000 sibling blocks, unclosed and misnested
/// formatting elements, tables that foster-parent, self-closing spellings of elements that do not
/// close, comments and scripts left open, entity runs. Each document is at most about 1.2 MB, and
/// half of them get one or two byte-level mutations on top. Built from the input's own generator
/// alone, so input n can be regenerated alone.
/// </summary>
internal static class HtmlShapes
{
    /// <summary>Most characters of one generated document before mutation (sizes stop growing here).</summary>
    public const int MaxChars = 1_200_000;

    private static readonly string[] Nesters = ["div", "b", "i", "a", "font", "span", "em", "section", "ul", "blockquote", "table", "strong", "nobr", "u", "p", "li", "td", "option", "dd"];
    private static readonly string[] Blocks = ["p", "div", "li", "tr", "td", "h2", "section", "pre", "dd", "blockquote"];
    private static readonly string[] Sentences =
    [
        "China produces 98.8% of primary gallium (USGS, 2024).",
        "On 3 December 2024 MOFCOM banned gallium exports to the United States.",
        "Licences are required for germanium from 1 August 2023.",
        "2025年4月4日，商务部宣布对钐、钆、铽、镝等7类中重稀土相关物项实施出口管制。",
        "Antimony output fell 12% in 2024.", "x", "", "&amp;&lt;&#x110000;&#0;&nbsp;", "rare-earth magnets 90 per cent",
    ];

    /// <summary>One document: its file name (the extension picks the reader) and its bytes.</summary>
    public static (string Name, byte[] Bytes) Generate(Random random, IReadOnlyList<byte[]> others)
    {
        var sb = new StringBuilder();
        if (random.Next(3) > 0) sb.Append("<!DOCTYPE html><html><head><title>Gallium curbs ").Append(random.Next(1000)).Append("</title></head><body>");
        var parts = 1 + random.Next(3);
        for (var p = 0; p < parts && sb.Length < MaxChars; p++)
        {
            switch (random.Next(7))
            {
                case 0 or 1: Nest(sb, random); Siblings(sb, random); break;
                case 2: Misnested(sb, random); break;
                case 3: Tables(sb, random); break;
                case 4: SelfClosing(sb, random); break;
                case 5: Siblings(sb, random); break;
                default: Open(sb, random); break;
            }
        }
        if (random.Next(2) == 0) sb.Append("</body></html>");
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        if (random.Next(2) == 0) bytes = Mutator.Mutate(bytes, others, random, maxMutations: 2);
        var name = random.Next(8) switch { 0 => "page.htm", 1 => "page.txt", 2 => "page", _ => "page.html" };
        return (name, bytes);
    }

    // Depth drawn around the limit of 200 (190–210 half the time), else anywhere up to 2,000.
    private static void Nest(StringBuilder sb, Random random)
    {
        var depth = random.Next(2) == 0 ? 190 + random.Next(21) : Count(random, 2000);
        var mixed = random.Next(3) == 0;
        var tag = Nesters[random.Next(Nesters.Length)];
        for (var d = 0; d < depth && sb.Length < MaxChars; d++)
        {
            var t = mixed ? Nesters[random.Next(Nesters.Length)] : tag;
            sb.Append('<').Append(t).Append(random.Next(10) == 0 ? " class=\"c\"" : "").Append('>');
            if (random.Next(20) == 0) sb.Append(Sentences[random.Next(Sentences.Length)]);
        }
    }

    // Up to 40,000 sibling blocks, each closed or not, some holding a formatting element.
    private static void Siblings(StringBuilder sb, Random random)
    {
        var count = Count(random, 40_000);
        var tag = Blocks[random.Next(Blocks.Length)];
        var closed = random.Next(3);
        var sentence = Sentences[random.Next(Sentences.Length)];
        for (var k = 0; k < count && sb.Length < MaxChars; k++)
        {
            sb.Append('<').Append(tag).Append('>');
            if (random.Next(8) == 0) sb.Append("<b>");
            sb.Append(sentence);
            if (closed == 0 || (closed == 1 && random.Next(2) == 0)) sb.Append("</").Append(tag).Append('>');
        }
    }

    // Formatting elements closed in the wrong order around blocks: the adoption agency's worst case.
    private static void Misnested(StringBuilder sb, Random random)
    {
        var count = Count(random, 20_000);
        for (var k = 0; k < count && sb.Length < MaxChars; k++)
            sb.Append(random.Next(4) switch
            {
                0 => "<b><i><p>x</b>y</i></p>",
                1 => "<a href=\"#\"><div><a>z</a></div>",
                2 => "<font><table><tr><td>1</font></table>",
                _ => "<b><p></b></p>",
            });
    }

    // Nested tables with stray content that the builder moves before the table.
    private static void Tables(StringBuilder sb, Random random)
    {
        var count = Count(random, 5_000);
        for (var k = 0; k < count && sb.Length < MaxChars; k++)
            sb.Append(random.Next(3) switch { 0 => "<table><tr><td>", 1 => "<table>stray<b>text", _ => "<tr><td>98%</td>" });
    }

    // "<div/>" and "<b/>" open an element in HTML (only void and foreign elements self-close).
    private static void SelfClosing(StringBuilder sb, Random random)
    {
        var count = Count(random, 30_000);
        var tag = Nesters[random.Next(Nesters.Length)];
        for (var k = 0; k < count && sb.Length < MaxChars; k++) sb.Append('<').Append(tag).Append(random.Next(2) == 0 ? "/>" : " />");
        sb.Append("<p>").Append(Sentences[0]).Append("</p>");
    }

    // Constructs left open: a comment, a script, a tag without '>', an attribute without its quote.
    private static void Open(StringBuilder sb, Random random)
    {
        sb.Append(random.Next(6) switch
        {
            0 => "<!-- never closed ",
            1 => "<script>var a = '<div>';",
            2 => "<div class=\"unterminated ",
            3 => "<![CDATA[ ",
            4 => "<textarea>",
            _ => "<b",
        });
        var filler = random.Next(2) == 0 ? "<i>" : "&amp;";
        for (var k = Count(random, 50_000); k > 0 && sb.Length < MaxChars; k--) sb.Append(filler);
    }

    /// <summary>An integer in [1, max] spread evenly over orders of magnitude.</summary>
    public static int LogUniform(Random random, int max) => (int)Math.Clamp(Math.Exp(random.NextDouble() * Math.Log(max)), 1, max);

    /// <summary>A count up to <paramref name="max"/> one time in <see cref="BigOneIn"/>, else up to 1,000: large inputs are kept to a share the run can afford.</summary>
    public static int Count(Random random, int max) => LogUniform(random, random.Next(BigOneIn) == 0 ? max : Math.Min(max, 1000));

    /// <summary>One input in this many draws its sizes from the full range (tens of thousands of rows or blocks).</summary>
    public const int BigOneIn = 32;
}
