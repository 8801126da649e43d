using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Application.Evidence;

/// <summary>documents: the workspace's documents with their industries and what was extracted.</summary>
public static class DocumentsHandler
{
    /// <summary>The documents, optionally of one industry (synonyms accepted, see <see cref="EvidenceInputs.Industry"/>).</summary>
    public static DocumentsAnswer Handle(Session s, Workspace workspace, string? industry)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var docs = workspace.Documents(EvidenceInputs.Industry(s, industry));
        var table = new Table($"Documents ({docs.Count})", "id", "file", "title", "kind", "industries (matched terms)", "claims", "events").Numeric(0, 5, 6);
        foreach (var d in docs)
            table.Add(Format.Int((int)d.Id), d.File, EvidenceInputs.Cut(d.Title, 50), d.Kind,
                string.Join("; ", d.Industries.Select(i => $"{i.Industry} ({string.Join(", ", i.Terms.Take(4))})")), Format.Int(d.Claims), Format.Int(d.Events));
        return new DocumentsAnswer(docs, docs.Select(DocumentJson.Of).ToList(), table);
    }
}
