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

    /// <summary>The canonical industry id for what the user typed ("pharmaceuticals" → pharma), or a usage error.</summary>
    public static string? CanonicalIndustry(string? text)
    {
        if (text is null) return null;
        var t = text.Trim().ToLowerInvariant().Replace(' ', '-');
        var id = t switch
        {
            "pharmaceuticals" or "pharmaceutical" or "drugs" or "medicines" => "pharma",
            "rare-earth" or "rare-earth-elements" or "ree" or "magnets" => "rare-earths",
            "battery" or "lithium-ion" or "li-ion" => "batteries",
            "semiconductor" or "chips" or "chip" => "semiconductors",
            "critical-mineral" or "minerals" => "critical-minerals",
            "defense" => "defence",
            _ => t,
        };
        return Known.Contains(id) ? id : throw CliException.Usage($"--industry '{text}' is unknown; expected one of {string.Join(", ", Known)}");
    }

    /// <summary>Cuts a text to <paramref name="max"/> characters for a table cell.</summary>
    public static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
