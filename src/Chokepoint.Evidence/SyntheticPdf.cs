using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Chokepoint.Evidence;

/// <summary>
/// Generates PDF reports for the ingest benchmark: the text of <see cref="SyntheticCorpus"/> set in Helvetica
/// (PdfPig's writer), 90 characters a line, 50 lines a page, a blank line between paragraphs. Characters the
/// standard font cannot show (Chinese) are left out. The same seed gives the same file. Thread-safe.
/// </summary>
public static class SyntheticPdf
{
    private const int LineChars = 90;
    private const int LinesPerPage = 50;

    /// <summary>A PDF holding about <paramref name="textBytes"/> bytes of text (≥ 1).</summary>
    public static byte[] Generate(int textBytes, int seed = 1)
    {
        var lines = new List<string>();
        foreach (var paragraph in SyntheticCorpus.Generate(textBytes, seed).Split('\n'))
        {
            var text = new string(paragraph.Where(c => c is >= ' ' and <= '~').ToArray()).Trim();
            if (text.Length == 0) continue;
            var at = 0;
            while (at < text.Length)
            {
                var end = Math.Min(text.Length, at + LineChars);
                if (end < text.Length && text.LastIndexOf(' ', end - 1, end - at) is var space && space > at) end = space;
                lines.Add(text[at..end].Trim());
                at = end;
            }
            lines.Add("");
        }
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var first = 0; first < lines.Count; first += LinesPerPage)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            var y = 800.0;
            foreach (var line in lines.Skip(first).Take(LinesPerPage))
            {
                if (line.Length > 0) page.AddText(line, 9, new PdfPoint(40, y), font);
                y -= 15;
            }
        }
        return builder.Build();
    }
}
