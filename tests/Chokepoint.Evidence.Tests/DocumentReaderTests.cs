using System.Text;
using Chokepoint.Evidence.Text;

namespace Chokepoint.Evidence.Tests;

public sealed class DocumentReaderTests
{
    [Fact]
    public void Binary_file_is_skipped_with_a_reason()
    {
        var result = DocumentReader.Read("image.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);
        Assert.Null(result.Text);
        Assert.Contains("binary", result.SkipReason);
    }

    [Fact]
    public void Empty_and_whitespace_files_are_skipped()
    {
        Assert.Contains("empty", DocumentReader.Read("a.txt", []).SkipReason);
        Assert.Contains("empty", DocumentReader.Read("a.txt", "  \n\t "u8).SkipReason);
    }

    [Fact]
    public void Latin1_bytes_are_skipped_as_not_utf8()
    {
        var result = DocumentReader.Read("a.txt", Encoding.Latin1.GetBytes("Caf\u00e9 cr\u00e8me: 80% of supply"));
        Assert.Contains("not UTF-8", result.SkipReason);
    }

    [Fact]
    public void File_over_twenty_megabytes_is_skipped()
    {
        var result = DocumentReader.Read("big.txt", new byte[DocumentReader.MaxBytes + 1]);
        Assert.Contains("larger than 20 MB", result.SkipReason);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_accepted_and_dropped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Title line\nChina mines 60% of rare earths.")).ToArray();
        var text = DocumentReader.Read("a.txt", bytes).Text!;
        Assert.Equal("Title line", text.Title);
        Assert.StartsWith("Title", text.Body);
    }

    [Fact]
    public void Html_keeps_title_and_main_text_and_drops_scripts_styles_and_handlers()
    {
        const string html = """
            <!doctype html><html><head><title>Magnet supply brief</title><style>.x{color:red}</style>
            <script>var secret = "SCRIPT-TEXT";</script></head>
            <body onload="alert('HANDLER-TEXT')"><nav>Home | About</nav>
            <main><h1>Magnets</h1><p onclick="steal()">China makes 90% of <b>magnets</b>.</p><script>document.write('INLINE')</script></main>
            <footer>Copyright</footer></body></html>
            """;
        var text = DocumentReader.Read("page.html", Encoding.UTF8.GetBytes(html)).Text!;

        Assert.Equal(DocumentKind.Html, text.Kind);
        Assert.Equal("Magnet supply brief", text.Title);
        Assert.Contains("China makes 90% of magnets.", text.Body);
        foreach (var banned in new[] { "SCRIPT-TEXT", "HANDLER", "alert", "steal", "INLINE", "color:red", "Home | About", "Copyright" })
            Assert.DoesNotContain(banned, text.Body);
    }

    [Fact]
    public void Markdown_markup_is_removed_and_first_heading_is_the_title()
    {
        const string md = "# Graphite outlook\n\n* **China** refines [98%](http://example.org) of graphite.\n\n```\ncode block\n```\n";
        var text = DocumentReader.Read("note.md", Encoding.UTF8.GetBytes(md)).Text!;
        Assert.Equal("Graphite outlook", text.Title);
        Assert.Contains("China refines 98% of graphite.", text.Body);
        Assert.DoesNotContain("http", text.Body);
        Assert.DoesNotContain("code block", text.Body);
    }

    [Fact]
    public void Markdown_is_read_by_a_parser_setext_titles_reference_links_indented_code_and_tables_included()
    {
        // Issue 20 §4, regression: the hand-written reader kept "=====" lines, reference-link definitions (with their URL) and indented code.
        const string md = "Graphite outlook\n================\n\nChina refines [98%][usgs] of ***natural*** graphite.\n\n[usgs]: http://example.org/usgs\n\n" +
                          "    indented code\n\n| country | share |\n|---|---|\n| CHN | 98% |\n\n<!-- hidden note -->\n";

        var text = DocumentReader.Read("note.md", Encoding.UTF8.GetBytes(md)).Text!;

        Assert.Equal("Graphite outlook", text.Title);
        Assert.Contains("China refines 98% of natural graphite.", text.Body);
        Assert.Contains("CHN | 98%", text.Body);
        foreach (var gone in new[] { "http", "====", "indented code", "hidden note", "---" })
            Assert.DoesNotContain(gone, text.Body);
    }
}
