namespace Chokepoint.Evidence.Text;

/// <summary>The format a document was read as.</summary>
public enum DocumentKind
{
    /// <summary>Plain text.</summary>
    Text,
    /// <summary>Markdown (markup removed).</summary>
    Markdown,
    /// <summary>HTML (title and main text only).</summary>
    Html,
    /// <summary>PDF (its text layer, pages separated by a form feed).</summary>
    Pdf,
}

/// <summary>The readable text of a file: a title and the body text that extraction and search work on.</summary>
/// <param name="Title">The HTML title, the first Markdown heading or the first line; never empty.</param>
/// <param name="Body">The main text; scripts, styles and markup never reach it.</param>
public sealed record ExtractedText(string Title, string Body, DocumentKind Kind);

/// <summary>The outcome of reading a file: the text, or the one-line reason it was skipped.</summary>
public sealed record ReadResult(ExtractedText? Text, string? SkipReason)
{
    /// <summary>A skipped file.</summary>
    public static ReadResult Skipped(string reason) => new(null, reason);
}
