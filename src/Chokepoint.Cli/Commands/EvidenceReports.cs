using System.CommandLine;
using Chokepoint.Application.Evidence;
using Chokepoint.Application.Handlers;
using Chokepoint.Cli.Infrastructure;

namespace Chokepoint.Cli.Commands;

/// <summary>claims, insights: the extracted evidence read against the dataset.</summary>
internal static class EvidenceReports
{
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
            var (n, skip) = EvidenceOptions.Page(parse, limit, offset);
            var session = ctx.Session();
            using var workspace = EvidenceOptions.Open(parse.GetValue(db)!, create: false, ctx.Clock);
            var answer = ClaimsHandler.Handle(session, workspace,
                new ClaimsRequest(parse.GetValue(document), parse.GetValue(item), parse.GetValue(country), parse.GetValue(status), Limit: n, Offset: skip));
            EvidenceOptions.ReportPage(ctx, answer.Page);
            ctx.Render.Write(answer.Json, answer.Table);
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
            var session = ctx.Session();
            using var workspace = EvidenceOptions.Open(parse.GetValue(db)!, create: false, ctx.Clock);
            if (parse.GetValue(industry) is { } industryText)
            {
                if (parse.GetValue(document) is not null) throw CliException.Usage("give either DOCUMENT or --industry, not both");
                var answer = InsightsHandler.Handle(session, workspace, EvidenceInputs.Industry(session, industryText));
                ctx.Render.Write(answer.Json, answer.Tables.ToArray());
                return ExitCodes.Ok;
            }
            var (n, skip) = EvidenceOptions.Page(parse, limit, offset);
            var briefs = BriefsHandler.Handle(session, workspace, parse.GetValue(document), n, skip);
            if (parse.GetValue(document) is null) EvidenceOptions.ReportPage(ctx, briefs.Page);
            ctx.Render.Write(briefs.Json, briefs.Tables.ToArray());
            return ExitCodes.Ok;
        });
        return command;
    }
}
