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
}
