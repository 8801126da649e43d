using System.Text;

namespace Chokepoint.Evidence.Text;

/// <summary>
/// Turns the bytes of a file into text after the guards: too large, empty, binary and not UTF-8
/// files are refused with a one-line reason. A PDF (by its signature) is read through its text layer
/// (<see cref="PdfText"/>). The format comes from the extension, or from a sniff of the content when
/// the extension says nothing. Thread-safe.
/// </summary>
public static class DocumentReader
{
    /// <summary>Largest file read, in bytes (20 MB).</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="bytes"/> of the file named <paramref name="fileName"/>.</summary>
    public static ReadResult Read(string fileName, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes) return ReadResult.Skipped($"larger than 20 MB ({bytes.Length / (1024 * 1024)} MB)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (bytes.IsEmpty) return ReadResult.Skipped("empty file");
        if (PdfText.IsPdf(bytes)) return PdfText.Read(bytes);
        if (LooksBinary(bytes)) return ReadResult.Skipped("binary content (NUL or control bytes), not a text document");
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" near byte {ex.Index}" : "";
            return ReadResult.Skipped($"not UTF-8 (invalid byte sequence{at}); convert the file to UTF-8");
        }
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Skipped("empty file (whitespace only)");
        var kind = KindOf(fileName, text);
        var extracted = kind switch
        {
            DocumentKind.Html => HtmlText.Extract(text),
            DocumentKind.Markdown => MarkdownText.Extract(text),
            _ => PlainText.Extract(text),
        };
        return string.IsNullOrWhiteSpace(extracted.Body)
            ? ReadResult.Skipped("no readable text after removing markup")
            : new ReadResult(extracted, null);
    }

    /// <summary>The format of a file: by extension, else HTML when the text starts like HTML, else plain text.</summary>
    public static DocumentKind KindOf(string fileName, string text)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".xhtml") return DocumentKind.Html;
        if (ext is ".md" or ".markdown") return DocumentKind.Markdown;
        var head = text.AsSpan(0, Math.Min(text.Length, 512)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? DocumentKind.Html : DocumentKind.Text;
    }

    // Text files hold no NUL and few C0 controls; a sample of the first 8 KB decides.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0)) return true;
        var controls = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) controls++;
        return controls * 20 > sample.Length;
    }
}
