using System.Globalization;

namespace Chokepoint.Reports;

/// <summary>
/// Writes one file all at once: into a hidden staging file beside the target (".NAME.tmp-PID-…"), then
/// renamed over it, so a failure or a kill leaves the old file or the new one, never half of one. The
/// target's folder must exist and the target must not be a folder; problems come back as one message.
/// </summary>
public static class OutputFile
{
    /// <summary>Writes <paramref name="target"/> through <paramref name="write"/> (given the staging path); returns the target's full path.</summary>
    /// <exception cref="OutputFolderException">The target cannot be used or written; the message names it and the problem.</exception>
    public static string Write(string target, Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var (full, staging) = Stage(target);
        try
        {
            write(staging);
            File.Move(staging, full, overwrite: true);
            return full;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw OutputErrors.CannotWrite("cannot write", full, staging, ex);
        }
        finally
        {
            Remove(staging);
        }
    }

    /// <summary>
    /// Refuses <paramref name="target"/> now, before a long computation, if <see cref="Write"/> would refuse it: a folder in
    /// its place, a missing folder, or a folder that takes no new file (an empty staging file is created and removed).
    /// </summary>
    /// <exception cref="OutputFolderException">The target cannot be used or written; the message names it and the problem.</exception>
    public static void Check(string target)
    {
        var (full, staging) = Stage(target);
        try
        {
            File.Create(staging).Dispose();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw OutputErrors.CannotWrite("cannot write", full, staging, ex);
        }
        finally
        {
            Remove(staging);
        }
    }

    private static (string Full, string Staging) Stage(string target)
    {
        var full = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(full) ?? throw new OutputFolderException($"'{full}' is a root folder; expected a file name");
        if (Directory.Exists(full)) throw new OutputFolderException($"'{full}' is a folder; expected a file name");
        if (!Directory.Exists(parent)) throw new OutputFolderException($"the folder '{parent}' does not exist; expected an existing folder for '{Path.GetFileName(full)}'");
        return (full, Path.Combine(parent, $".{Path.GetFileName(full)}.tmp-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}"));
    }

    private static void Remove(string staging)
    {
        try { if (File.Exists(staging)) File.Delete(staging); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { /* best effort: a stale staging file is hidden and harmless */ }
    }
}
