using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Application.Evidence;

/// <summary>documents: the workspace's documents with their industries and what was extracted, a page at a time.</summary>
public static class DocumentsHandler
{
    /// <summary>A page of the documents, optionally of one industry (synonyms accepted, see <see cref="EvidenceInputs.Industry"/>).</summary>
    /// <param name="limit">Rows on the page, 1–<see cref="PageLimits.MaxLimit"/>.</param>
    /// <param name="offset">Rows skipped, 0–<see cref="PageLimits.MaxOffset"/>.</param>
    public static DocumentsAnswer Handle(Session s, Workspace workspace, string? industry, int limit = PageLimits.DefaultLimit, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var page = workspace.DocumentPage(EvidenceInputs.Industry(s, industry), limit, offset);
        var docs = page.Items;
        var table = new Table($"Documents ({page.Total})", "id", "file", "title", "kind", "industries (matched terms)", "claims", "events").Numeric(5, 6).Kinds(CellKind.Document, 0);
        foreach (var d in docs)
            table.Add(d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), d.File, EvidenceInputs.Cut(d.Title, 50), d.Kind,
                string.Join("; ", d.Industries.Select(i => $"{i.Industry} ({string.Join(", ", i.Terms.Take(4))})")), Format.Int(d.Claims), Format.Int(d.Events));
        return new DocumentsAnswer(page, docs.Select(DocumentJson.Of).ToList(), table);
    }
}
