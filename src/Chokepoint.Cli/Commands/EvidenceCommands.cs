using System.CommandLine;
using Chokepoint.Application.Evidence;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Data.Sources;
using Chokepoint.Evidence.Store;
using Chokepoint.Evidence.Text;

namespace Chokepoint.Cli.Commands;

/// <summary>ingest, documents, search: fill the evidence workspace and look into it.</summary>
internal static class EvidenceCommands
{
    public static void Register(RootCommand root, Func<ParseResult, CliContext> context)
    {
        root.Subcommands.Add(Ingest(context));
        root.Subcommands.Add(Documents(context));
        root.Subcommands.Add(Search(context));
        root.Subcommands.Add(EvidenceReports.Claims(context));
        root.Subcommands.Add(EvidenceReports.Insights(context));
        root.Subcommands.Add(IngestBench.Command(context));
    }

    private static Command Ingest(Func<ParseResult, CliContext> context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Text, Markdown, HTML or PDF files, or folders (recursive)", Arity = ArgumentArity.OneOrMore };
        var db = EvidenceOptions.Db();
        var command = new Command("ingest", "Store articles in the workspace: tag industries, extract share claims and control events (same content is stored once)") { paths, db };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            // None of the paths exists: an error, before a workspace file is created for nothing.
            var given = parse.GetValue(paths)!;
            if (given.All(p => !Directory.Exists(p) && !File.Exists(p)))
                throw CliException.Usage($"no file or folder '{SafeText.Clip(given[0])}'; expected text, Markdown, HTML or PDF files, or folders of them");
            using var workspace = EvidenceOptions.Open(parse.GetValue(db)!, create: true, ctx.Clock);
            var results = new List<IngestResult>();
            var missing = 0;
            foreach (var path in parse.GetValue(paths)!)
            {
                if (Directory.Exists(path))
                {
                    var tooDeep = new List<string>();
                    foreach (var (file, name) in DocumentFolder.Files(path, tooDeep))
                        results.Add(IngestFile(workspace, file, name));
                    foreach (var folder in tooDeep)
                        results.Add(new IngestResult(folder + "/", IngestStatus.Skipped, 0, $"folder nested more than {DocumentFolder.MaxDepth} levels below '{path}'; not read (ingest it by its own path)", null, [], 0, 0));
                }
                else if (File.Exists(path))
                {
                    results.Add(IngestFile(workspace, path, Path.GetFileName(path)));
                }
                else
                {
                    missing++;
                    results.Add(new IngestResult(path, IngestStatus.Skipped, 0, "no such file or folder", null, [], 0, 0));
                }
            }
            Report(ctx, results);
            return missing > 0 ? ExitCodes.Usage : ExitCodes.Ok;
        });
        return command;
    }

    private static IngestResult IngestFile(Workspace workspace, string path, string name)
    {
        var read = RegularFile.Read(path, DocumentReader.MaxBytes);
        if (read.Bytes is null) return new IngestResult(name, IngestStatus.Skipped, 0, read.Problem, null, [], 0, 0);
        try
        {
            return workspace.Ingest(name, read.Bytes);
        }
        catch (WorkspaceException ex)
        {
            throw EvidenceOptions.Failure(ex);
        }
    }

    private static void Report(CliContext ctx, List<IngestResult> results) => ctx.Render.Write(IngestHandler.Answer(results));

    private static Command Documents(Func<ParseResult, CliContext> context)
    {
        var industry = EvidenceOptions.Industry();
        var limit = EvidenceOptions.Limit();
        var offset = EvidenceOptions.Offset();
        var db = EvidenceOptions.Db();
        var command = new Command("documents", "List the documents of the workspace with their industries and what was extracted, a page at a time") { industry, limit, offset, db };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var (n, skip) = EvidenceOptions.Page(parse, limit, offset);
            using var workspace = EvidenceOptions.Open(parse.GetValue(db)!, create: false, ctx.Clock);
            var answer = DocumentsHandler.Handle(ctx.Session(), workspace, parse.GetValue(industry), n, skip);
            EvidenceOptions.ReportPage(ctx, answer.Page);
            ctx.Render.Write(answer.Json, answer.Table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Search(Func<ParseResult, CliContext> context)
    {
        var query = new Argument<string>("QUERY") { Description = "FTS5 query: words, \"phrases\", AND/OR/NOT, NEAR(a b), prefix*" };
        var industry = EvidenceOptions.Industry();
        var limit = new Option<int>("--limit") { Description = "Most results to show (1-1000)", DefaultValueFactory = _ => 10 };
        var offset = new Option<int>("--offset") { Description = "Results to skip before the first shown (paging)", DefaultValueFactory = _ => 0 };
        var issuer = new Option<string?>("--issuer") { Description = "Only documents with a control event issued by this ISO3 country", HelpName = "ISO3" };
        var from = new Option<string?>("--from") { Description = "Only documents with a control event dated on or after this date (YYYY[-MM[-DD]])", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "Only documents with a control event dated on or before this date (YYYY[-MM[-DD]])", HelpName = "DATE" };
        var db = EvidenceOptions.Db();
        var command = new Command("search", "Full-text search of the workspace, best first (bm25 score), with snippets around the best hit") { query, industry, limit, offset, issuer, from, to, db };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            using var workspace = EvidenceOptions.Open(parse.GetValue(db)!, create: false, ctx.Clock);
            SearchAnswer answer;
            try
            {
                answer = SearchHandler.Handle(ctx.Session(), workspace, new SearchQuery(parse.GetValue(query), parse.GetValue(industry), Issuer: parse.GetValue(issuer),
                    From: parse.GetValue(from), To: parse.GetValue(to), Limit: Text(parse.GetValue(limit)), Offset: Text(parse.GetValue(offset))), 10);
            }
            catch (QueryBudgetException ex)
            {
                throw CliException.Usage(ex.Message);
            }
            if (answer.More is { } more) ctx.Err.WriteLine(more);
            ctx.Render.Write(answer.Json, answer.Table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Text(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
