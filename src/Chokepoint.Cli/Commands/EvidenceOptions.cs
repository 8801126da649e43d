using System.CommandLine;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Evidence.Store;
using Chokepoint.Evidence.Tagging;

namespace Chokepoint.Cli.Commands;

/// <summary>Options and helpers shared by the evidence commands.</summary>
internal static class EvidenceOptions
{
    public static Option<FileInfo> Db() => new("--db")
    {
        Description = "Workspace database file",
        HelpName = "FILE",
        DefaultValueFactory = _ => new FileInfo("chokepoint.db"),
    };

    public static Option<string?> Industry() => new("--industry")
    {
        Description = $"Only documents tagged with this industry ({string.Join(", ", Known)})",
    };

    private static IEnumerable<string> Known => IndustryTagger.Lexicon.Select(l => l.Industry);

    /// <summary>Opens the workspace; a read-only command refuses a missing file instead of creating one.</summary>
    public static Workspace Open(FileInfo db, bool create, TimeProvider clock)
    {
        if (!create && !db.Exists)
            throw CliException.Usage($"no workspace at '{db.Name}'; run 'chokepoint ingest PATH' first or choose one with --db FILE");
        if (db.Directory is { Exists: false } folder)
            throw CliException.Usage($"--db '{db.FullName}': the folder '{folder.FullName}' does not exist; create it or choose another path");
        if (Directory.Exists(db.FullName))
            throw CliException.Usage($"--db '{db.FullName}' is a folder; expected a workspace file such as {Path.Combine(db.FullName, "chokepoint.db")}");
        try
        {
            return Workspace.Open(db.FullName, clock);
        }
        catch (WorkspaceException ex)
        {
            throw Failure(ex);
        }
    }

    /// <summary>A workspace failure as the CLI reports it: exit 1 when the path cannot be used (permissions), 2 when the file is bad.</summary>
    public static CliException Failure(WorkspaceException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex.IsAccessProblem ? CliException.Usage(ex.Message) : CliException.InvalidData(ex.Message);
    }

    /// <summary>--limit: rows on one page of a list (the API's limit).</summary>
    public static Option<int> Limit(int fallback = PageLimits.DefaultLimit) => new("--limit")
    {
        Description = $"Most rows to show (1-{PageLimits.MaxLimit})",
        DefaultValueFactory = _ => fallback,
    };

    /// <summary>--offset: rows skipped before the page (the API's offset).</summary>
    public static Option<int> Offset() => new("--offset")
    {
        Description = "Rows to skip before the first shown (paging)",
        DefaultValueFactory = _ => 0,
    };

    /// <summary>The checked --limit and --offset of a list command.</summary>
    public static (int Limit, int Offset) Page(ParseResult parse, Option<int> limit, Option<int> offset)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var n = parse.GetValue(limit);
        if (n is < 1 or > PageLimits.MaxLimit) throw CliException.Usage($"--limit {n} is out of range; expected 1 to {PageLimits.MaxLimit}");
        var skip = parse.GetValue(offset);
        if (skip is < 0 or > PageLimits.MaxOffset) throw CliException.Usage($"--offset {skip} is out of range; expected 0 to {PageLimits.MaxOffset}");
        return (n, skip);
    }

    /// <summary>Says on stderr which rows of how many are shown when the list runs past this page (all formats: JSON stays a list).</summary>
    public static void ReportPage<T>(CliContext ctx, Page<T> page)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(page);
        var (offset, count, total) = (page.Offset, page.Items.Count, page.Total);
        if (offset + count < total)
            ctx.Err.WriteLine($"Showing {(count == 0 ? 0 : offset + 1)}-{offset + count} of {total}; --offset {offset + count} for more.");
        else if (offset > 0 && count == 0)
            ctx.Err.WriteLine($"--offset {offset} is past the end: {total} row(s) match.");
    }

}
