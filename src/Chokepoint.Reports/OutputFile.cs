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
        var full = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(full) ?? throw new OutputFolderException($"'{full}' is a root folder; expected a file name");
        if (Directory.Exists(full)) throw new OutputFolderException($"'{full}' is a folder; expected a file name");
        if (!Directory.Exists(parent)) throw new OutputFolderException($"the folder '{parent}' does not exist; expected an existing folder for '{Path.GetFileName(full)}'");
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.tmp-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}");
        try
        {
            write(staging);
            File.Move(staging, full, overwrite: true);
            return full;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"cannot write '{full}': {ex.Message.TrimEnd('.')}", ex);
        }
        finally
        {
            try { if (File.Exists(staging)) File.Delete(staging); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { /* best effort: a stale staging file is hidden and harmless */ }
        }
    }
}
