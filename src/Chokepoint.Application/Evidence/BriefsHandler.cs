using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;
using Chokepoint.Model;

namespace Chokepoint.Application.Evidence;

/// <summary>insights (per document): a brief of each document grouped by industry, with its claims and control events.</summary>
public static class BriefsHandler
{
    /// <summary>The briefs of one document (id or file), or of a page of the documents.</summary>
    /// <param name="limit">Documents on the page, 1–<see cref="PageLimits.MaxLimit"/>.</param>
    /// <param name="offset">Documents skipped, 0–<see cref="PageLimits.MaxOffset"/>.</param>
    public static BriefsAnswer Handle(Session s, Workspace workspace, string? document, int limit = PageLimits.DefaultLimit, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(workspace);
        var docs = string.IsNullOrWhiteSpace(document) ? workspace.DocumentPage(null, limit, offset)
            : new Page<StoredDocument>([EvidenceInputs.Document(s, workspace, document, s.Arg("DOCUMENT", "document"))], 1, 0);
        var briefs = Of(s.Dataset, workspace, docs.Items);
        var tables = briefs.Count > 1 ? ByIndustry(briefs).ToList() : [];
        tables.AddRange(briefs.SelectMany(Tables));
        if (tables.Count == 0) tables.Add(new Table("Insights", "document").Note("The workspace holds no document; run 'chokepoint ingest PATH' first."));
        return new BriefsAnswer(new Page<DocumentBrief>(briefs, docs.Total, docs.Offset), briefs.Select(BriefJson.Of).ToList(), tables);
    }

    /// <summary>The briefs of the given documents, in their order.</summary>
    public static IReadOnlyList<DocumentBrief> Of(Dataset dataset, Workspace workspace, IReadOnlyList<StoredDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(documents);
        var analyst = EvidenceAnalyst.For(dataset);
        return documents.Select(doc => analyst.Brief(doc, workspace.Claims(doc.Id), workspace.Events(doc.Id))).ToList();
    }

    private static IEnumerable<Table> Tables(DocumentBrief b)
    {
        var doc = b.Document;
        var head = new Table($"#{doc.Id} {doc.File} — {EvidenceInputs.Cut(doc.Title, 80)}", "industry", "matched terms", "claims", "events", "items mentioned").Numeric(2, 3);
        foreach (var g in b.Industries)
            head.Add(g.Industry, string.Join(", ", g.Terms.Take(6)), Format.Int(g.Claims.Count), Format.Int(g.Events.Count), string.Join(", ", g.Items));
        var claims = b.AllClaims.ToList();
        head.Note(ClaimsHandler.Summary(claims));
        yield return head;
        if (claims.Count > 0) yield return ClaimsHandler.Table($"#{doc.Id} claims", claims, withDocument: false);
        var events = b.Industries.SelectMany(g => g.Events).ToList();
        if (events.Count > 0) yield return Events($"#{doc.Id} control events", events);
    }

    /// <summary>Most control events listed per industry in <see cref="ByIndustry"/>.</summary>
    public const int EventsPerIndustry = 10;

    /// <summary>
    /// The briefs summed by industry: documents, claims by status, control events and items mentioned, then the first
    /// <see cref="EventsPerIndustry"/> control events of each industry. Counted over <paramref name="briefs"/> only.
    /// </summary>
    public static IEnumerable<Table> ByIndustry(IReadOnlyList<DocumentBrief> briefs)
    {
        ArgumentNullException.ThrowIfNull(briefs);
        var groups = briefs.SelectMany(b => b.Industries).GroupBy(i => i.Industry).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var summary = new Table($"Insights by industry ({briefs.Count} document(s))", "industry", "documents", "claims", "agree", "other figure", "conflict", "new", "events", "items mentioned")
            .Numeric(1, 2, 3, 4, 5, 6, 7).Optional(8).WhenEmpty("no document names an industry.")
            .Note("other figure: claims that agree only with another published figure, not with the dataset's.");
        foreach (var g in groups)
        {
            var status = g.SelectMany(i => i.Claims).CountBy(c => c.Reconciliation.Status).ToDictionary();
            summary.Add(g.Key, Format.Int(g.Count()), Format.Int(status.Values.Sum()), Format.Int(status.GetValueOrDefault("agrees")),
                Format.Int(status.GetValueOrDefault(Reconciler.AgreesWithOtherFigure)), Format.Int(status.GetValueOrDefault("conflicts")),
                Format.Int(status.GetValueOrDefault("new")), Format.Int(g.Sum(i => i.Events.Count)), string.Join(", ", g.SelectMany(i => i.Items).Distinct()));
        }
        yield return summary;
        var events = groups.SelectMany(g => g.SelectMany(i => i.Events).Take(EventsPerIndustry)).ToList();
        if (events.Count > 0)
            yield return Events("Control events by industry", events).Note($"The first {EventsPerIndustry} of each industry; a document's brief lists all of its events.");
    }

    private static Table Events(string title, IEnumerable<EventView> events)
    {
        var table = new Table(title, "industry", "issuer", "kind", "items", "date", "measure", "sentence").Kinds(CellKind.Measure, 5);
        foreach (var e in events)
            table.Add(e.Industry, e.Event.Issuer ?? "?", e.Event.Kind, string.Join(", ", e.Items), e.Event.Date ?? e.Event.DateText ?? "",
                e.MeasureId ?? "", EvidenceInputs.Cut(e.Event.Sentence, 90));
        return table;
    }
}
