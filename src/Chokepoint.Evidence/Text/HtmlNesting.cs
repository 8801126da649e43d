using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Chokepoint.Evidence.Text;

/// <summary>
/// Bounds the work spent on one HTML document. An HTML tree builder does work per open element for
/// each new tag (the stack of open elements, the list of active formatting elements), so 100,000
/// nested &lt;div&gt; take 45 s and 30,000 unclosed &lt;b&gt; 22 s; and each block that closes open
/// formatting elements (&lt;b&gt;, &lt;i&gt;, &lt;a&gt; …) makes the builder clone them all again
/// ("reconstruct the active formatting elements"): 190 open &lt;b&gt; then 32,000 blocks took 12.6 s and
/// 2.8 GB. A linear pre-scan estimates both, the deepest nesting and the formatting elements open at
/// each start tag; past <see cref="MaxDepth"/> or <see cref="MaxFormattingWork"/> the document is read
/// by a linear tag stripper instead (no page-chrome detection, but the text is kept). Thread-safe.
/// </summary>
internal static partial class HtmlNesting
{
    /// <summary>
    /// Deepest nesting handed to the tree builder; real pages stay under about 60. The fuzzer found
    /// 900 unclosed &lt;div&gt; inside a list item taking 5–15 s at a limit of 1,000.
    /// </summary>
    public const int MaxDepth = 200;

    /// <summary>
    /// Most formatting elements open summed over every start tag (an upper bound on the elements the tree
    /// builder may clone); ordinary pages stay under a few thousand. 50,000 clones take about 1 s and 40 MB.
    /// </summary>
    public const int MaxFormattingWork = 50_000;

    // The formatting elements of the HTML parsing algorithm: the ones the tree builder reconstructs.
    private static readonly HashSet<string> Formatting = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    // Elements without an end tag, or whose end tag is usually implied: they do not deepen the tree.
    private static readonly HashSet<string> NoDepth = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "!doctype",
    };

    // HTML start tags that end SVG or MathML content (the tree builder pops back to HTML and opens them there).
    private static readonly HashSet<string> Breakout = new(StringComparer.OrdinalIgnoreCase)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "font", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
        "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    };

    /// <summary>
    /// True when the tags of <paramref name="html"/> open deeper than <see cref="MaxDepth"/> at some point,
    /// or keep more formatting elements open than <see cref="MaxFormattingWork"/> allows (estimate, linear time).
    /// </summary>
    public static bool TooCostly(string html)
    {
        var depth = 0;
        var formatting = 0;
        var foreign = 0;
        long work = 0;
        var i = html.IndexOf('<', StringComparison.Ordinal);
        while (i >= 0 && i < html.Length - 1)
        {
            var close = html[i + 1] == '/';
            var start = close ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '!')) end++;
            if (end > start)
            {
                var gt = html.IndexOf('>', end);
                if (gt < 0) break;
                var name = html.AsSpan(start, end - start);
                // A trailing "/" closes an element only in SVG and MathML: "<div/>" and "<b/>" open a div and a b
                // (the fuzzer found 30,000 "<section/>" nested by the tree builder). An HTML tag inside SVG leaves it.
                if (!close && foreign > 0 && Breakout.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)) foreign = 0;
                var isForeign = name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);
                var selfClosing = html[gt - 1] == '/' && (foreign > 0 || isForeign);
                if (isForeign && !selfClosing) foreign = close ? Math.Max(0, foreign - 1) : foreign + 1;
                if (!NoDepth.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name) && !selfClosing)
                    depth = close ? Math.Max(0, depth - 1) : depth + 1;
                if (Formatting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name) && !selfClosing)
                    formatting = close ? Math.Max(0, formatting - 1) : formatting + 1;
                else if (!close && (work += formatting) > MaxFormattingWork)
                    return true;
                if (depth > MaxDepth) return true;
                i = html.IndexOf('<', gt);
            }
            else
            {
                i = html.IndexOf('<', i + 1);
            }
        }
        return false;
    }

    /// <summary>The text of <paramref name="html"/> by stripping tags in one pass (script, style and comments dropped, entities decoded).</summary>
    public static ExtractedText Strip(string html)
    {
        var text = Dropped().Replace(html, " ");
        text = Blocks().Replace(text, "\n");
        text = Tags().Replace(text, " ");
        var body = WebUtility.HtmlDecode(text);
        var sb = new StringBuilder(body.Length);
        foreach (var line in body.Split('\n'))
        {
            var t = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (t.Length > 0) sb.Append(t).Append('\n');
        }
        body = sb.ToString().TrimEnd();
        var title = PlainText.TitleOf(body);
        return new ExtractedText(title.Length > 200 ? title[..200] : title, body, DocumentKind.Html);
    }

    [GeneratedRegex(@"<!--.*?-->|<script\b[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>|<noscript\b[^>]*>.*?</noscript\s*>|<template\b[^>]*>.*?</template\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Dropped();

    [GeneratedRegex(@"</?(?:p|div|br|li|h[1-6]|tr|table|section|article|blockquote|pre|hr)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Blocks();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex Tags();
}
