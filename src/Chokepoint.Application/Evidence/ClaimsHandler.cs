using System.Globalization;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Application.Evidence;

/// <summary>claims: the share claims of the documents, each compared with the dataset; the claim table and summary every surface shows.</summary>
public static class ClaimsHandler
{
    /// <summary>
    /// A page of the claims passing the filters of <paramref name="r"/>; one page and one document body in memory whatever the
    /// workspace holds. Stops when <paramref name="cancel"/> fires (a web client that went away).
    /// </summary>
    public static ClaimsAnswer Handle(Session s, Workspace workspace, ClaimsRequest r, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(r);
        var status = Resolve.OneOf(r.Status, s.P("status"), Reconciler.Statuses);
        var iso3 = string.IsNullOrWhiteSpace(r.Country) ? null : r.Country.Trim().ToUpperInvariant();
        if (iso3 is not null && (iso3.Length != 3 || !iso3.All(char.IsAsciiLetterUpper)))
            throw new RequestException(s.P("country"), $"{s.P("country")} '{Resolve.Clip(r.Country)}' is not an ISO3 code; expected e.g. CHN");
        var item = string.IsNullOrWhiteSpace(r.Item) ? null : Resolve.Item(s.Dataset, r.Item, s.P("item")).Id;
        var industry = EvidenceInputs.Industry(s, r.Industry);
        long? document = string.IsNullOrWhiteSpace(r.Document) ? null : EvidenceInputs.Document(s, workspace, r.Document, s.P("document")).Id;
        var found = ClaimPage.Read(EvidenceAnalyst.For(s.Dataset), workspace, new ClaimFilter(document, iso3, item, status, industry), r.Limit, r.Offset,
            r.CountStatuses, cancel);
        var views = found.Page.Items;
        var table = Table($"Claims ({found.Page.Total})", views);
        if (r.CountStatuses) table.Note(Summary(found.Page.Total, found.StatusCounts));
        return new ClaimsAnswer(found.Page, views.Select(ClaimJson.Of).ToList(), table);
    }

    /// <summary>
    /// Stores the status, item and industry of every claim not yet labelled against the session's dataset, so that lists
    /// filtered by them read only their rows; false when the workspace cannot be written (lists then read every claim).
    /// </summary>
    public static bool Label(Session s, Workspace workspace, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ClaimPage.LabelAll(EvidenceAnalyst.For(s.Dataset), workspace, cancel);
    }

    /// <summary>The claim table: figure as the text says it, subject, stage, year, the item it was mapped to, its status and the dataset's figure.</summary>
    public static Table Table(string title, IReadOnlyList<ClaimView> views, bool withDocument = true)
    {
        ArgumentNullException.ThrowIfNull(views);
        // One document's claims carry their sentence (the evidence a reader checks the figure against); a list over many documents leaves it to --format json.
        string[] headers = ["document", "industry", "country", "claim", "subject", "stage", "year", "item", "status", "dataset", .. withDocument ? Array.Empty<string>() : ["sentence"]];
        var table = new Table(title, headers).Numeric(3, 6)
            .Kinds(CellKind.Document, 0).Kinds(CellKind.Item, 7).Kinds(CellKind.Status, 8);
        foreach (var v in views)
        {
            var c = v.Claim;
            var r = v.Reconciliation;
            var figure = (c.Qualifier is null ? "" : c.Qualifier + " ") + Format.Pct(c.ValuePct);
            var dataset = r.DatasetValuePct is { } p ? $"{Format.Pct(p)} ({r.DatasetSource}{(r.DatasetYear is { } y ? ", " + y.ToString(CultureInfo.InvariantCulture) : "")})" : "";
            if (r.OtherValuePct is { } o) dataset += $"; matches other figure {Format.Pct(o)} ({r.OtherSource}{(r.OtherYear is { } oy ? ", " + oy.ToString(CultureInfo.InvariantCulture) : "")})";
            var place = v.Page is { } pg ? $" p. {pg.ToString(CultureInfo.InvariantCulture)}" : "";
            string[] cells = [(withDocument ? $"#{v.DocumentId} {v.Document}" : $"#{v.DocumentId}") + place, v.Industry, c.Country, figure, EvidenceInputs.Cut(c.Subject, 40), c.Stage ?? "",
                c.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) : "", r.Item ?? "", r.Status, dataset];
            table.Add([.. cells, .. withDocument ? Array.Empty<string>() : [c.Sentence]]);
        }
        return table;
    }

    /// <summary>How many claims agree, agree only with another published figure, conflict or are new.</summary>
    public static string Summary(IReadOnlyList<ClaimView> views)
    {
        ArgumentNullException.ThrowIfNull(views);
        return Summary(views.Count, views.CountBy(v => v.Reconciliation.Status).ToDictionary());
    }

    /// <summary>The summary from counts per status (<paramref name="total"/> claims in all).</summary>
    public static string Summary(int total, IReadOnlyDictionary<string, int> byStatus)
    {
        ArgumentNullException.ThrowIfNull(byStatus);
        return $"{total} claim(s): {byStatus.GetValueOrDefault("agrees")} agree with the dataset, " +
               $"{byStatus.GetValueOrDefault(Reconciler.AgreesWithOtherFigure)} agree only with another published figure, " +
               $"{byStatus.GetValueOrDefault("conflicts")} conflict, {byStatus.GetValueOrDefault("new")} new (no dataset figure for the item and country).";
    }
}
