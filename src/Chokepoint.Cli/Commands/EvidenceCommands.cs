using System.CommandLine;
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
        var paths = new Argument<string[]>("PATH") { Description = "Text, Markdown or HTML files, or folders (recursive)", Arity = ArgumentArity.OneOrMore };
        var db = EvidenceOptions.Db();
        var command = new Command("ingest", "Store articles in the workspace: tag industries, extract share claims and control events (same content is stored once)") { paths, db };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
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
            var filter = EvidenceOptions.CanonicalIndustry(parse.GetValue(industry));
            var (n, skip) = EvidenceOptions.Page(parse, limit, offset);
            using var workspace = EvidenceOptions.Open(parse.GetValue(db)!, create: false, ctx.Clock);
            var page = workspace.DocumentPage(filter, n, skip);
            var docs = page.Items;
            EvidenceOptions.ReportPage(ctx, page.Offset, docs.Count, page.Total);
            var table = new Table($"Documents ({page.Total})", "id", "file", "title", "kind", "industries (matched terms)", "claims", "events").Numeric(0, 5, 6);
            foreach (var d in docs)
                table.Add(Format.Int((int)d.Id), d.File, EvidenceOptions.Cut(d.Title, 50), d.Kind,
                    string.Join("; ", d.Industries.Select(i => $"{i.Industry} ({string.Join(", ", i.Terms.Take(4))})")), Format.Int(d.Claims), Format.Int(d.Events));
            ctx.Render.Write(docs.Select(DocumentJson.Of).ToList(), table);
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
            var n = parse.GetValue(limit);
            if (n is < 1 or > 1000) throw CliException.Usage($"--limit {n} is out of range; expected 1 to 1000");
            var filter = EvidenceOptions.CanonicalIndustry(parse.GetValue(industry));
            using var workspace = EvidenceOptions.Open(parse.GetValue(db)!, create: false, ctx.Clock);
            if (parse.GetValue(offset) < 0) throw CliException.Usage($"--offset {parse.GetValue(offset)} is negative; expected 0 or more");
            IReadOnlyList<SearchHit> hits;
            try
            {
                var page = workspace.Search(new SearchRequest(parse.GetValue(query)!, filter, Issuer: parse.GetValue(issuer)?.Trim().ToUpperInvariant(),
                    From: parse.GetValue(from)?.Trim(), To: parse.GetValue(to)?.Trim(), Limit: n, Offset: parse.GetValue(offset)));
                hits = page.Hits;
                if (page.Total > page.Offset + hits.Count)
                    ctx.Err.WriteLine($"Showing {page.Offset + 1}-{page.Offset + hits.Count} of {page.Total}; --offset {page.Offset + hits.Count} for more.");
            }
            catch (Exception ex) when (ex is SearchSyntaxException or QueryBudgetException)
            {
                throw CliException.Usage(ex.Message);
            }
            var table = new Table($"Search: {parse.GetValue(query)} ({hits.Count})", "score", "id", "file", "title", "snippet").Numeric(0, 1).WhenEmpty("no document matches.");
            foreach (var h in hits)
                table.Add(h.ScoreText, Format.Int((int)h.DocumentId), h.Document, EvidenceOptions.Cut(h.Title, 40), h.Snippet);
            ctx.Render.Write(hits.Select(SearchHitJson.Of).ToList(), table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
