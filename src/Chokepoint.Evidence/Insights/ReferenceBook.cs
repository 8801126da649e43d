using Chokepoint.Evidence.Store;
using Chokepoint.Evidence.Text;

namespace Chokepoint.Evidence.Insights;

/// <summary>Numbers references in order of first use and locates each sentence's paragraph and page in its document. Not thread-safe.</summary>
internal sealed class ReferenceBook(Workspace workspace)
{
    private readonly Dictionary<long, (string Body, bool Pdf, string Title)> _documents = [];
    private readonly Dictionary<(long, int), InsightReference> _byPlace = [];
    private readonly List<InsightReference> _all = [];

    public IReadOnlyList<InsightReference> All => _all;

    public int Cite(long documentId, string document, int start, string sentence)
    {
        if (_byPlace.TryGetValue((documentId, start), out var known)) return known.Number;
        if (!_documents.TryGetValue(documentId, out var doc))
        {
            var stored = workspace.Document(documentId);
            doc = (workspace.Body(documentId) ?? "", stored?.Kind == "pdf", stored?.Title ?? document);
            _documents[documentId] = doc;
        }
        var quote = sentence.Replace(PdfText.PageBreak, ' ');
        if (quote.Length > 240) quote = string.Concat(quote.AsSpan(0, 239), "…");
        var r = new InsightReference(_all.Count + 1, documentId, document, doc.Title, ParagraphOf(doc.Body, start), doc.Pdf ? PdfText.PageOf(doc.Body, start) : null, quote);
        _byPlace[(documentId, start)] = r;
        _all.Add(r);
        return r.Number;
    }

    // Paragraphs are separated by a blank line or a page break.
    private static int ParagraphOf(string body, int offset)
    {
        var paragraph = 1;
        var end = Math.Min(offset, body.Length);
        for (var i = 1; i < end; i++)
            if ((body[i] == '\n' && body[i - 1] == '\n' && (i < 2 || body[i - 2] != '\n')) || body[i] == PdfText.PageBreak)
                paragraph++;
        return paragraph;
    }
}
