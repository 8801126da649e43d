using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Chokepoint.Evidence.Text;

/// <summary>
/// HTML to text with AngleSharp: the title and the main text (the &lt;main&gt; or &lt;article&gt;
/// element when there is one, else the body). Only text nodes are read, so attributes (event
/// handlers included) never reach the output; script, style and other non-content elements and
/// page chrome (nav, header, footer, aside, forms) are skipped. The walk is iterative so that
/// deeply nested markup cannot exhaust the stack.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas",
        "nav", "header", "footer", "aside", "form", "button", "select", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
        "article", "main", "blockquote", "pre", "dd", "dt", "dl", "figcaption", "figure", "hr", "td", "th",
    };

    public static ExtractedText Extract(string html)
    {
        if (HtmlNesting.TooCostly(html)) return HtmlNesting.Strip(html);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var root = (IElement?)document.QuerySelector("main") ?? document.QuerySelector("article") ?? document.QuerySelector("[role=main]")
            ?? document.Body ?? document.DocumentElement;
        var body = Collapse(TextOf(root));
        var title = Collapse(document.Title ?? "").Trim();
        if (title.Length == 0) title = Collapse(document.QuerySelector("h1")?.TextContent ?? "").Trim();
        if (title.Length == 0) title = PlainText.TitleOf(body);
        return new ExtractedText(title.Length > 200 ? title[..200] : title, body, DocumentKind.Html);
    }

    private static string TextOf(INode root)
    {
        var sb = new StringBuilder();
        // (node, exiting): an element is visited twice so a block can close with a newline.
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                sb.Append('\n');
                continue;
            }
            switch (node)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        sb.Append('\n');
                        stack.Push((element, true));
                    }
                    for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false));
                    break;
                default:
                    for (var child = node.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false));
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Collapses runs of spaces and keeps at most one blank line between paragraphs.</summary>
    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var newlines = 0;
        var space = false;
        foreach (var c in text)
        {
            if (c == '\n' || c == '\r')
            {
                newlines++;
                space = false;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (newlines > 0 && sb.Length > 0) sb.Append(newlines > 1 ? "\n\n" : "\n");
            else if (space && sb.Length > 0) sb.Append(' ');
            newlines = 0;
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
