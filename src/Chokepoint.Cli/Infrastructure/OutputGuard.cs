using Chokepoint.Reports;

namespace Chokepoint.Cli.Infrastructure;

/// <summary>
/// Checks an output path (--out, --plot) before a command computes anything, so a path that cannot be written is
/// refused at once with exit 1 instead of after the results were printed (a half-done run).
/// </summary>
internal static class OutputGuard
{
    /// <summary>A file the command will write through <see cref="OutputFile"/>; nothing when <paramref name="file"/> is null.</summary>
    public static void File(FileInfo? file, string option)
    {
        if (file is null) return;
        try { OutputFile.Check(file.FullName); }
        catch (OutputFolderException ex) { throw CliException.Usage($"{option}: {ex.Message}"); }
    }

    /// <summary>A folder the command will write through <see cref="OutputFolder"/>; nothing when <paramref name="folder"/> is null.</summary>
    public static void Folder(string? folder, IReadOnlyCollection<string> ownExtensions, string option, bool ownSubfolders = false)
    {
        if (folder is null) return;
        try { OutputFolder.Check(folder, ownExtensions, ownSubfolders); }
        catch (OutputFolderException ex) { throw CliException.Usage($"{option}: {ex.Message}"); }
    }
}
