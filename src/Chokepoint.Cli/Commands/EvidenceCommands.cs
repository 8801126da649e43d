using System.CommandLine;
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
                    foreach (var (file, name) in DocumentFolder.Files(path))
                        results.Add(IngestFile(workspace, file, name));
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

    private static void Report(CliContext ctx, List<IngestResult> results)
    {
        var stored = results.Where(r => r.Status == IngestStatus.Stored).ToList();
        var table = new Table("Ingest", "status", "file", "document", "industries", "claims", "events", "note").Numeric(2, 4, 5);
        foreach (var r in results)
        {
            var status = r.Status switch { IngestStatus.Stored => "stored", IngestStatus.Duplicate => "unchanged", _ => "skipped" };
            var note = r.Status switch { IngestStatus.Duplicate => $"same content already stored as #{r.DocumentId}", IngestStatus.Skipped => r.Reason ?? "", _ => EvidenceOptions.Cut(r.Title ?? "", 50) };
            table.Add(status, r.File, r.DocumentId > 0 ? $"#{r.DocumentId}" : "", string.Join(", ", r.Industries.Select(i => i.Industry)),
                r.Status == IngestStatus.Stored ? Format.Int(r.Claims) : "", r.Status == IngestStatus.Stored ? Format.Int(r.Events) : "", note);
        }
        var summary = $"Stored {stored.Count} document(s) with {stored.Sum(r => r.Claims)} claim(s) and {stored.Sum(r => r.Events)} control event(s); " +
                      $"{results.Count(r => r.Status == IngestStatus.Duplicate)} unchanged, {results.Count(r => r.Status == IngestStatus.Skipped)} skipped.";
        table.Note(summary);
        ctx.Render.Write(new
        {
            stored = stored.Count,
            unchanged = results.Count(r => r.Status == IngestStatus.Duplicate),
            skipped = results.Count(r => r.Status == IngestStatus.Skipped),
            claims = stored.Sum(r => r.Claims),
            events = stored.Sum(r => r.Events),
            files = results.Select(r => new
            {
                file = r.File,
                status = r.Status switch { IngestStatus.Stored => "stored", IngestStatus.Duplicate => "unchanged", _ => "skipped" },
                document_id = r.DocumentId > 0 ? r.DocumentId : (long?)null,
                title = r.Title,
                industries = r.Industries.Select(i => new { industry = i.Industry, hits = i.Hits, terms = i.Terms }).ToList(),
                claims = r.Claims,
                events = r.Events,
                reason = r.Reason,
            }).ToList(),
        }, table);
    }

    private static Command Documents(Func<ParseResult, CliContext> context)
    {
        var industry = EvidenceOptions.Industry();
        var db = EvidenceOptions.Db();
        var command = new Command("documents", "List the documents of the workspace with their industries and what was extracted") { industry, db };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var filter = EvidenceOptions.CanonicalIndustry(parse.GetValue(industry));
            using var workspace = EvidenceOptions.Open(parse.GetValue(db)!, create: false, ctx.Clock);
            var docs = workspace.Documents(filter);
            var table = new Table($"Documents ({docs.Count})", "id", "file", "title", "kind", "industries (matched terms)", "claims", "events").Numeric(0, 5, 6);
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
        var db = EvidenceOptions.Db();
        var command = new Command("search", "Full-text search of the workspace, best first (bm25), with highlighted snippets") { query, industry, limit, db };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var n = parse.GetValue(limit);
            if (n is < 1 or > 1000) throw CliException.Usage($"--limit {n} is out of range; expected 1 to 1000");
            var filter = EvidenceOptions.CanonicalIndustry(parse.GetValue(industry));
            using var workspace = EvidenceOptions.Open(parse.GetValue(db)!, create: false, ctx.Clock);
            IReadOnlyList<SearchHit> hits;
            try
            {
                hits = workspace.Search(parse.GetValue(query)!, filter, n);
            }
            catch (SearchSyntaxException ex)
            {
                throw CliException.Usage(ex.Message);
            }
            var table = new Table($"Search: {parse.GetValue(query)} ({hits.Count})", "relevance", "id", "file", "title", "snippet").Numeric(0, 1).WhenEmpty("no document matches.");
            foreach (var h in hits)
                table.Add(h.Relevance.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), Format.Int((int)h.DocumentId), h.Document, EvidenceOptions.Cut(h.Title, 40), h.Snippet);
            ctx.Render.Write(hits.Select(SearchHitJson.Of).ToList(), table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
