using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Chokepoint.Evidence.Text;

/// <summary>
/// The text layer of a PDF, read with PdfPig in content order, page by page. Pages are joined by a form
/// feed on its own line (<see cref="PageBreak"/>), so an offset into the body tells its page
/// (<see cref="PageOf"/>) without a second table. A PDF whose pages hold no letters is a scan and is refused
/// with that reason; an encrypted or broken one is refused with PdfPig's. Thread-safe.
/// </summary>
public static class PdfText
{
    /// <summary>The character that separates pages in the body of a PDF document.</summary>
    public const char PageBreak = '\f';

    /// <summary>True when <paramref name="bytes"/> start like a PDF file.</summary>
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes.StartsWith("%PDF-"u8);

    /// <summary>The title and body of a PDF, or the reason it has no readable text.</summary>
    public static ReadResult Read(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes.ToArray());
            var body = new StringBuilder();
            var letters = 0;
            var pages = 0;
            foreach (var page in pdf.GetPages())
            {
                if (pages++ > 0) body.Append('\n').Append(PageBreak).Append('\n');
                var text = ContentOrderTextExtractor.GetText(page, new ContentOrderTextExtractor.Options { SeparateParagraphsWithDoubleNewline = true });
                foreach (var ch in text) if (char.IsLetter(ch)) letters++;
                body.Append(Unwrap(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace(PageBreak, ' ')));
            }
            if (letters == 0)
                return ReadResult.Skipped($"scanned PDF without a text layer ({pages} page(s), no extractable text); run OCR on it first");
            var text0 = body.ToString();
            var title = pdf.Information.Title is { Length: > 0 } t && !string.IsNullOrWhiteSpace(t) ? t.Trim() : PlainText.TitleOf(text0);
            return new ReadResult(new ExtractedText(title, text0, DocumentKind.Pdf), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig reports broken, truncated and encrypted files with several exception types; each is a reason to skip.
            return ReadResult.Skipped($"not a readable PDF ({ex.Message.Split('\n')[0].TrimEnd('.')})");
        }
    }

    // A PDF breaks lines where the page ran out of width: a single line break is a space, a blank line a paragraph.
    private static string Unwrap(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] == '\n' && (i == 0 || chars[i - 1] != '\n') && (i + 1 == chars.Length || chars[i + 1] != '\n'))
                chars[i] = ' ';
        return new string(chars).Trim();
    }

    /// <summary>The 1-based page of <paramref name="offset"/> in the body of a PDF document.</summary>
    public static int PageOf(string body, int offset)
    {
        ArgumentNullException.ThrowIfNull(body);
        return 1 + body.AsSpan(0, Math.Clamp(offset, 0, body.Length)).Count(PageBreak);
    }
}
