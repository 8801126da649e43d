using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Chokepoint.Evidence.Text;

/// <summary>
/// Markdown to text with Markdig: the words a reader sees, block by block (a blank line between blocks, so paragraphs stay
/// paragraphs), without markup, link targets, HTML or code blocks; a table row is one line, cells joined by " | ".
/// The first heading is the title.
/// </summary>
internal static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static ExtractedText Extract(string markdown)
    {
        var source = PlainText.Extract(markdown).Body;
        var sb = new StringBuilder(source.Length);
        string? title = null;
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested past its depth limit, which a pipe table of tens of thousands of
            // rows reaches (found by the fuzzer): such a file is read as plain text, its words kept.
            return PlainText.Extract(markdown) with { Kind = DocumentKind.Markdown };
        }
        Blocks(document, sb, ref title);
        var body = sb.ToString();
        return new ExtractedText(string.IsNullOrWhiteSpace(title) ? PlainText.TitleOf(body) : title, body, DocumentKind.Markdown);
    }

    private static void Blocks(ContainerBlock container, StringBuilder sb, ref string? title)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case CodeBlock or HtmlBlock or ThematicBreakBlock:
                    continue;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                        sb.Append(string.Join(" | ", row.OfType<TableCell>().Select(Cell))).Append('\n');
                    sb.Append('\n');
                    break;
                case ContainerBlock inner:
                    Blocks(inner, sb, ref title);
                    break;
                case LeafBlock { Inline: { } inline } leaf:
                    var text = Inlines(inline).Trim();
                    if (text.Length == 0) continue;
                    if (leaf is HeadingBlock && title is null) title = text;
                    sb.Append(text).Append("\n\n");
                    break;
            }
        }
    }

    private static string Cell(TableCell cell) =>
        string.Join(" ", cell.OfType<LeafBlock>().Where(b => b.Inline is not null).Select(b => Inlines(b.Inline!).Trim()));

    private static string Inlines(ContainerInline container)
    {
        var sb = new StringBuilder();
        Append(container, sb);
        return sb.ToString();
    }

    // Link targets, autolinks and inline HTML are not read; a link or an image keeps its words.
    private static void Append(Inline inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LiteralInline literal: sb.Append(literal.Content.AsSpan()); break;
            case CodeInline code: sb.Append(code.Content); break;
            case LineBreakInline: sb.Append('\n'); break;
            case HtmlEntityInline entity: sb.Append(entity.Transcoded.AsSpan()); break;
            case AutolinkInline or HtmlInline: break;
            case ContainerInline children:
                foreach (var child in children) Append(child, sb);
                break;
        }
    }
}
