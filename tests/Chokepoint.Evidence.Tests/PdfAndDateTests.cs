using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Chokepoint.Evidence.Tests;

public sealed class PdfAndDateTests
{
    private static byte[] Pdf(params string[][] pages)
    {
        var b = new PdfDocumentBuilder();
        var font = b.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = b.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                page.AddText(line, 11, new PdfPoint(60, y), font);
                y -= 16;
            }
        }
        return b.Build();
    }

    [Fact]
    public void Pdf_text_is_read_page_by_page_and_offsets_tell_the_page()
    {
        var r = DocumentReader.Read("report.bin", Pdf(["Graphite brief", "2024-02-20"], ["China makes around 95% of spherical graphite output."]));

        var body = r.Text!.Body;
        Assert.Equal(DocumentKind.Pdf, r.Text.Kind);
        Assert.Equal(2, PdfText.PageOf(body, body.IndexOf("China makes", StringComparison.Ordinal)));
        Assert.Equal(1, PdfText.PageOf(body, body.IndexOf("Graphite", StringComparison.Ordinal)));
    }

    [Fact]
    public void Pdf_lines_wrapped_by_the_page_are_one_sentence()
    {
        var r = DocumentReader.Read("a.pdf", Pdf(["China processes about 99% of the", "world's heavy rare earths."]));

        Assert.Contains("of the world's heavy rare earths", r.Text!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Scanned_pdf_without_a_text_layer_is_skipped_with_that_reason()
    {
        var r = DocumentReader.Read("scan.pdf", Pdf([], []));

        Assert.Null(r.Text);
        Assert.Contains("scanned PDF without a text layer (2 page(s)", r.SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_pdf_is_skipped_not_thrown()
    {
        var r = DocumentReader.Read("broken.pdf", "%PDF-1.7\n1 0 obj <<"u8.ToArray());

        Assert.Null(r.Text);
        Assert.StartsWith("not a readable PDF", r.SkipReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Last October, Beijing announced licences for exports of graphite.", 2024, 3, "2023-10")]
    [InlineData("Last October, Beijing announced licences for exports of graphite.", 2024, 11, "2024-10")]
    [InlineData("Next March, the rules on exports of gallium take effect.", 2024, 3, "2025-03")]
    [InlineData("In December 2023, China began requiring export licences for graphite.", 2025, 1, "2023-12")]
    [InlineData("去年12月，商务部开始对石墨物项实施出口许可管理。", 2024, 2, "2023-12")]
    [InlineData("上个月，商务部对锑实施出口管制。", 2025, 1, "2024-12")]
    [InlineData("Earlier this month, the ministry widened its export controls on rare earths.", 2025, 10, "2025-10")]
    public void Relative_dates_resolve_against_the_dateline(string sentence, int year, int month, string expected)
    {
        Assert.Equal(expected, DateExpressions.First(sentence, new Dateline(year, month, 15))?.Resolved);
    }

    [Fact]
    public void Month_relative_to_a_dateline_without_a_month_stays_unresolved()
    {
        var d = DateExpressions.First("Last October, Beijing announced licences.", new Dateline(2024, null, null));

        Assert.Equal(("Last October", null), (d?.Text, d?.Resolved));
    }

    [Theory]
    [InlineData("Prices of gallium in Rotterdam doubled after the ban.")]
    [InlineData("Analysts expect Beijing could restrict exports of tungsten next year.")]
    [InlineData("Chinese exporters applied for licences to ship graphite to Europe.")]
    [InlineData("China Northern Rare Earth Group suspended exports of some products last month.")]
    [InlineData("镓价格在禁令后翻倍。")]
    public void Price_moves_forecasts_and_company_actions_are_not_control_events(string sentence)
    {
        Assert.Null(ControlEventExtractor.Extract(new Sentence(0, sentence.Length, sentence), new Dateline(2025, 5, 1), "RUS"));
    }
}
