namespace Chokepoint.Evidence.Text;

/// <summary>Plain text: the body as read (line endings normalised), the first non-empty line as title.</summary>
internal static class PlainText
{
    public static ExtractedText Extract(string text)
    {
        var body = text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
        return new ExtractedText(TitleOf(body), body, DocumentKind.Text);
    }

    /// <summary>The first non-empty line, cut to 120 characters.</summary>
    public static string TitleOf(string body)
    {
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            var t = line.Trim();
            if (t.IsEmpty) continue;
            return t.Length <= 120 ? t.ToString() : string.Concat(t[..119], "…");
        }
        return "(untitled)";
    }
}
