using System.CommandLine;
using System.Globalization;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Evidence.Reconciliation;
using Chokepoint.Evidence.Store;

namespace Chokepoint.Cli.Commands;

/// <summary>claims, insights: the extracted evidence read against the dataset.</summary>
internal static class EvidenceReports
{
    private static readonly IReadOnlyList<string> Statuses = Reconciler.Statuses;

    public static Command Claims(Func<ParseResult, CliContext> context)
    {
        var document = new Option<string?>("--document") { Description = "Only claims of this document (id or file name)", HelpName = "ID" };
        var item = new Option<string?>("--item") { Description = "Only claims mapped to this dataset item id", HelpName = "ID" };
        var country = new Option<string?>("--country") { Description = "Only claims about this country", HelpName = "ISO3" };
        var status = new Option<string?>("--status") { Description = "Only claims with this status: agrees, agrees_with_other_figure, conflicts or new" };
        var limit = EvidenceOptions.Limit();
        var offset = EvidenceOptions.Offset();
        var db = EvidenceOptions.Db();
        var command = new Command("claims", "Share claims extracted from the documents, each compared with the dataset (agrees, conflicts, new), a page at a time") { document, item, country, status, limit, offset, db };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var statusText = parse.GetValue(status);
            if (statusText is not null && !Statuses.Contains(statusText))
                throw CliException.Usage($"--status '{statusText}' is unknown; expected one of {string.Join(", ", Statuses)}");
            var iso3 = parse.GetValue(country)?.Trim().ToUpperInvariant();
            if (iso3 is not null && (iso3.Length != 3 || !iso3.All(char.IsAsciiLetterUpper)))
                throw CliException.Usage($"--country '{parse.GetValue(country)}' is not an ISO3 code; expected e.g. CHN");
            var (n, skip) = EvidenceOptions.Page(parse, limit, offset);
            var dataset = ctx.LoadDataset();
            var itemId = parse.GetValue(item) is { } itemText ? Chokepoint.Application.Inputs.Resolve.Item(dataset, itemText, "--item").Id : null;
            using var workspace = EvidenceOptions.Open(parse.GetValue(db)!, create: false, ctx.Clock);
            long? documentId = parse.GetValue(document) is { } d ? Resolve(workspace, d).Id : null;
            var found = ClaimPage.Read(new EvidenceAnalyst(dataset), workspace, new ClaimFilter(documentId, iso3, itemId, statusText), n, skip, countStatuses: true);
            var views = found.Page.Items;
            EvidenceOptions.ReportPage(ctx, found.Page.Offset, views.Count, found.Page.Total);
            var table = ClaimTable($"Claims ({found.Page.Total})", views);
            table.Note(Summary(found.Page.Total, found.StatusCounts));
            ctx.Render.Write(views.Select(ClaimJson.Of).ToList(), table);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Insights(Func<ParseResult, CliContext> context)
    {
        var document = new Argument<string?>("DOCUMENT") { Description = "Document id or file name (all documents when omitted)", Arity = ArgumentArity.ZeroOrOne };
        var industry = new Option<string?>("--industry") { Description = "Core insights of one industry across all documents (e.g. rare-earths), with numbered references", HelpName = "INDUSTRY" };
        var limit = EvidenceOptions.Limit();
        var offset = EvidenceOptions.Offset();
        var db = EvidenceOptions.Db();
        var command = new Command("insights", "A brief per document (a page of documents at a time), grouped by industry; or with --industry the industry's core insights: supply shares, export controls and unplaced figures, each with references and a flag where the dataset disagrees") { document, industry, limit, offset, db };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var dataset = ctx.LoadDataset();
            using var workspace = EvidenceOptions.Open(parse.GetValue(db)!, create: false, ctx.Clock);
            if (parse.GetValue(industry) is { } industryText)
            {
                if (parse.GetValue(document) is not null) throw CliException.Usage("give either DOCUMENT or --industry, not both");
                var answer = InsightsHandler.Handle(ctx.Session(), workspace, EvidenceOptions.CanonicalIndustry(industryText));
                ctx.Render.Write(answer.Json, answer.Tables.ToArray());
                return ExitCodes.Ok;
            }
            var (n, skip) = EvidenceOptions.Page(parse, limit, offset);
            var docs = parse.GetValue(document) is { } d ? new Page<StoredDocument>([Resolve(workspace, d)], 1, 0) : workspace.DocumentPage(null, n, skip);
            EvidenceOptions.ReportPage(ctx, docs.Offset, docs.Items.Count, docs.Total);
            var analyst = new EvidenceAnalyst(dataset);
            var briefs = docs.Items.Select(doc => analyst.Brief(doc, workspace.Claims(doc.Id), workspace.Events(doc.Id))).ToList();
            var tables = new List<Table>();
            foreach (var b in briefs) tables.AddRange(BriefTables(b));
            if (tables.Count == 0) tables.Add(new Table("Insights", "document").Note("The workspace holds no document; run 'chokepoint ingest PATH' first."));
            ctx.Render.Write(briefs.Select(BriefJson.Of).ToList(), tables.ToArray());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IEnumerable<Table> BriefTables(DocumentBrief b)
    {
        var doc = b.Document;
        var head = new Table($"#{doc.Id} {doc.File} — {EvidenceOptions.Cut(doc.Title, 80)}", "industry", "matched terms", "claims", "events", "items mentioned").Numeric(2, 3);
        foreach (var g in b.Industries)
            head.Add(g.Industry, string.Join(", ", g.Terms.Take(6)), Format.Int(g.Claims.Count), Format.Int(g.Events.Count), string.Join(", ", g.Items));
        var claims = b.AllClaims.ToList();
        head.Note(Summary(claims.Count, claims.CountBy(c => c.Reconciliation.Status).ToDictionary()));
        yield return head;
        if (claims.Count > 0) yield return ClaimTable($"#{doc.Id} claims", claims, withDocument: false);
        var events = b.Industries.SelectMany(g => g.Events).ToList();
        if (events.Count == 0) yield break;
        var table = new Table($"#{doc.Id} control events", "industry", "issuer", "kind", "items", "date", "measure", "sentence");
        foreach (var e in events)
            table.Add(e.Industry, e.Event.Issuer ?? "?", e.Event.Kind, string.Join(", ", e.Items), e.Event.Date ?? e.Event.DateText ?? "",
                e.MeasureId ?? "", EvidenceOptions.Cut(e.Event.Sentence, 90));
        yield return table;
    }

    private static Table ClaimTable(string title, IReadOnlyList<ClaimView> views, bool withDocument = true)
    {
        var table = new Table(title, "document", "industry", "country", "claim", "subject", "stage", "year", "item", "status", "dataset").Numeric(3, 6);
        foreach (var v in views)
        {
            var c = v.Claim;
            var r = v.Reconciliation;
            var figure = (c.Qualifier is null ? "" : c.Qualifier + " ") + Format.Pct(c.ValuePct);
            var dataset = r.DatasetValuePct is { } p ? $"{Format.Pct(p)} ({r.DatasetSource}{(r.DatasetYear is { } y ? ", " + y.ToString(CultureInfo.InvariantCulture) : "")})" : "";
            if (r.OtherValuePct is { } o) dataset += $"; matches other figure {Format.Pct(o)} ({r.OtherSource}{(r.OtherYear is { } oy ? ", " + oy.ToString(CultureInfo.InvariantCulture) : "")})";
            var place = v.Page is { } pg ? $" p. {pg.ToString(CultureInfo.InvariantCulture)}" : "";
            table.Add((withDocument ? $"#{v.DocumentId} {v.Document}" : $"#{v.DocumentId}") + place, v.Industry, c.Country, figure, EvidenceOptions.Cut(c.Subject, 40), c.Stage ?? "",
                c.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) : "", r.Item ?? "", r.Status, dataset);
        }
        return table;
    }

    private static string Summary(int total, IReadOnlyDictionary<string, int> byStatus) =>
        $"{total} claim(s): {byStatus.GetValueOrDefault("agrees")} agree with the dataset, " +
        $"{byStatus.GetValueOrDefault(Reconciler.AgreesWithOtherFigure)} agree only with another published figure, " +
        $"{byStatus.GetValueOrDefault("conflicts")} conflict, {byStatus.GetValueOrDefault("new")} new (no dataset figure for the item and country).";

    private static StoredDocument Resolve(Workspace workspace, string idOrFile)
    {
        var docs = workspace.Documents();
        var byId = long.TryParse(idOrFile.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? docs.FirstOrDefault(x => x.Id == id) : null;
        return byId ?? docs.FirstOrDefault(x => x.File == idOrFile) ?? docs.FirstOrDefault(x => Path.GetFileName(x.File) == idOrFile)
            ?? throw CliException.Usage($"no document '{idOrFile}' in the workspace; run 'chokepoint documents' to list them");
    }
}
