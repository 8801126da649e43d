using System.Text;
using System.Text.RegularExpressions;

namespace Chokepoint.Evidence.Text;

/// <summary>
/// Markdown to text: drops the markup a reader does not see (heading and list markers, emphasis,
/// link targets, images, code fences, HTML tags) and keeps the words. The first heading is the title.
/// </summary>
internal static partial class MarkdownText
{
    public static ExtractedText Extract(string markdown)
    {
        var source = PlainText.Extract(markdown).Body;
        var sb = new StringBuilder(source.Length);
        string? title = null;
        var inFence = false;
        foreach (var raw in source.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            if (inFence) continue;
            var heading = Heading().Match(line);
            if (heading.Success)
            {
                line = heading.Groups[1].Value;
                title ??= Inline(line).Trim();
            }
            line = Inline(BlockMarker().Replace(line, ""));
            if (TableRule().IsMatch(line)) continue;
            sb.Append(line).Append('\n');
        }
        var body = sb.ToString();
        return new ExtractedText(string.IsNullOrWhiteSpace(title) ? PlainText.TitleOf(body) : title, body, DocumentKind.Markdown);
    }

    private static string Inline(string line)
    {
        line = Image().Replace(line, "$1");
        line = Link().Replace(line, "$1");
        line = Tag().Replace(line, "");
        return Emphasis().Replace(line, "");
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:>\s*)+|^\s*(?:[-*+]|\d{1,3}[.)])\s+")]
    private static partial Regex BlockMarker();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"</?[A-Za-z][^>]{0,500}>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<![\w])(?:\*\*|__|\*|`)|(?:\*\*|__|\*|`)(?![\w])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}")]
    private static partial Regex TableRule();
}
