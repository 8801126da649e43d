using System.Text;
using Chokepoint.Evidence.Text;

namespace Chokepoint.Evidence.Tests;

/// <summary>Issue 23: documents the fuzzer's HTML and search shapes found mishandled, each pinned by its reproducer (scaled down where the cost was the defect).</summary>
public sealed class FuzzFoundDocumentTests
{
    [Theory]
    [InlineData("section/")]
    [InlineData("b /")]
    [InlineData("div/")]
    public void Self_closing_spellings_of_html_elements_count_as_open_elements(string tag)
    {
        // Found by the fuzzer (HTML input 323 of seed 1, 30,000 "<section/>" after a misnested table: over 20 s in the
        // tree builder, which opens a div or section whatever the trailing slash says). The pre-scan took them for closed.
        var html = "<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat("<" + tag + ">", 2000)) + "<p>China refines 98% of gallium.</p></body></html>";

        Assert.True(HtmlNesting.TooCostly(html));
        var read = DocumentReader.Read("page.html", Encoding.UTF8.GetBytes(html));
        Assert.Contains("China refines 98% of gallium.", read.Text!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Self_closing_elements_inside_svg_are_closed_as_the_tree_builder_closes_them()
    {
        var html = "<html><body><main><p>China refines 98% of gallium.</p><svg>" + string.Concat(Enumerable.Repeat("<path d=\"M0 0\"/>", 2000)) +
                   "</svg></main></body></html>";

        Assert.False(HtmlNesting.TooCostly(html));
    }

    [Fact]
    public void An_html_tag_leaves_svg_so_its_trailing_slash_no_longer_closes_it()
    {
        // <svg/> closes itself, and <div> inside <svg> ends the SVG content: the divs after either still nest.
        Assert.True(HtmlNesting.TooCostly("<html><body><svg/>" + string.Concat(Enumerable.Repeat("<div/>", 300)) + "</body></html>"));
        Assert.True(HtmlNesting.TooCostly("<html><body><svg>" + string.Concat(Enumerable.Repeat("<div/>", 300)) + "</body></html>"));
    }

    [Fact]
    public void A_markdown_table_of_forty_thousand_rows_is_read_as_text_instead_of_failing()
    {
        // Found by the fuzzer (search input 59 of seed 1, an 855 KB Markdown table): Markdig threw "Markdown elements in
        // the input are too deeply nested", an ArgumentException that escaped ingest (exit 3).
        var md = new StringBuilder("# Gallium\n\n| item | row |\n|---|---|\n");
        for (var r = 0; r < 40_000; r++) md.Append("| gallium ").Append(r).Append(" | row ").Append(r).Append(" |\n");

        var read = DocumentReader.Read("table.md", Encoding.UTF8.GetBytes(md.ToString()));

        Assert.NotNull(read.Text);
        Assert.Equal(DocumentKind.Markdown, read.Text.Kind);
        Assert.Contains("gallium 39999", read.Text.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("China produces 98.8% of primary gallium (USGS, 2024), ")]
    [InlineData("中国占全球稀土加工产能的90%以上，")]
    public void A_claim_in_a_long_sentence_allocates_for_itself_not_for_the_sentence(string clause)
    {
        // Found by the fuzzer (HTML inputs 471118, 490438 and 789348 of seed 1, 1.1-1.2 MB read as plain text): sentences
        // of 3,000 characters holding some 46 claims each, and the share rules copied the text before and after every
        // figure and read the sentence's years again for every claim, about 29 KB per claim (552 MB for one input).
        var text = DocumentReader.Read("claims.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(clause, 2000)) + "。")).Text!;
        DocumentAnalyzer.Analyze(text); // first use: the rules' tables and patterns are built

        var before = GC.GetAllocatedBytesForCurrentThread();
        var analysis = DocumentAnalyzer.Analyze(text);
        var perClaim = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)analysis.Claims.Count;

        Assert.InRange(analysis.Claims.Count, 1990, 2000); // a sentence cut at 3,000 characters may split a clause
        Assert.All(analysis.Claims, c => Assert.Equal("CHN", c.Country));
        // About 2-3 KB now; 32 KB (English) and 20 KB (Chinese) before.
        Assert.True(perClaim < 8000, $"{perClaim:F0} bytes allocated per claim");
    }
}
