using System.Diagnostics;
using System.Globalization;

namespace Chokepoint.Reports;

/// <summary>
/// Writes a folder of results all at once: everything is written into a hidden staging folder beside
/// the target (".NAME.tmp-PID-…"), which then replaces the target by two renames. A failure or a kill
/// at any point leaves either the old folder or the new one, never a mix; staging folders left by a
/// killed process are removed on the next run. The target must be new, empty or hold only files of
/// the kinds this tool writes, so pointing --out at a folder of other work never deletes it.
/// </summary>
public static class OutputFolder
{
    /// <summary>Fills a staging folder with <paramref name="fill"/>, then swaps it in as <paramref name="target"/>; returns the target's full path.</summary>
    /// <param name="target">The folder to (re)place.</param>
    /// <param name="ownExtensions">Extensions (".html", ".png", …) of the files this output writes; a target holding anything else is refused.</param>
    /// <param name="fill">Writes the output into the folder it is given.</param>
    /// <param name="ownSubfolders">True when the output has sub-folders (an MRIO's extensions): a sub-folder holding only files of <paramref name="ownExtensions"/> then counts as earlier results.</param>
    /// <exception cref="OutputFolderException">The target cannot be used or written; the message names it and the problem.</exception>
    public static string Write(string target, IReadOnlyCollection<string> ownExtensions, Action<string> fill, bool ownSubfolders = false)
    {
        ArgumentNullException.ThrowIfNull(ownExtensions);
        ArgumentNullException.ThrowIfNull(fill);
        var (full, parent, name) = Target(target);
        string? staging = null;
        try
        {
            Directory.CreateDirectory(parent);
            RemoveStale(parent, name);
            if (Directory.Exists(full)) CheckOwned(full, ownExtensions, ownSubfolders);
            staging = Path.Combine(parent, $".{name}.tmp-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(staging);
            fill(staging);
            if (Directory.Exists(full))
            {
                var old = Path.Combine(parent, $".{name}.old-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}");
                Directory.Move(full, old);
                Directory.Move(staging, full);
                Directory.Delete(old, recursive: true);
            }
            else
            {
                Directory.Move(staging, full);
            }
            staging = null;
            return full;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw OutputErrors.CannotWrite("cannot write to", full, staging, ex);
        }
        finally
        {
            if (staging is not null) TryDelete(staging);
        }
    }

    /// <summary>
    /// Refuses <paramref name="target"/> now, before a long computation, if <see cref="Write"/> would refuse it: a file in
    /// its place, a folder of other work, or a place that takes no new folder (an empty staging folder is created in the
    /// nearest existing folder and removed). Creates nothing that stays.
    /// </summary>
    /// <exception cref="OutputFolderException">The target cannot be used or written; the message names it and the problem.</exception>
    public static void Check(string target, IReadOnlyCollection<string> ownExtensions, bool ownSubfolders = false)
    {
        ArgumentNullException.ThrowIfNull(ownExtensions);
        var (full, parent, name) = Target(target);
        string? probe = null;
        try
        {
            if (Directory.Exists(full)) CheckOwned(full, ownExtensions, ownSubfolders);
            var existing = parent;
            while (!Directory.Exists(existing))
            {
                if (File.Exists(existing)) throw new OutputFolderException($"'{existing}' is a file; expected a folder to hold '{full}'");
                existing = Path.GetDirectoryName(existing) ?? throw new OutputFolderException($"no folder of '{full}' exists; expected a path on a drive that exists");
            }
            probe = Path.Combine(existing, $".{name}.tmp-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw OutputErrors.CannotWrite("cannot write to", full, probe, ex);
        }
        finally
        {
            if (probe is not null) TryDelete(probe);
        }
    }

    private static (string Full, string Parent, string Name) Target(string target)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new OutputFolderException($"'{full}' is a root folder; expected a folder to write results into");
        if (File.Exists(full)) throw new OutputFolderException($"'{full}' is a file; expected a folder (new, empty, or holding earlier results)");
        return (full, parent, Path.GetFileName(full));
    }

    private static void CheckOwned(string folder, IReadOnlyCollection<string> ownExtensions, bool ownSubfolders)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (ownSubfolders && entry is DirectoryInfo sub)
            {
                CheckOwned(sub.FullName, ownExtensions, ownSubfolders: false);
                continue;
            }
            var ours = entry is FileInfo && ownExtensions.Contains(entry.Extension.ToLowerInvariant());
            if (!ours)
                throw new OutputFolderException($"'{folder}' holds '{entry.Name}', which this command does not write; expected a new or empty folder, or one holding only earlier results ({string.Join(", ", ownExtensions)} files)");
        }
    }

    /// <summary>Removes ".NAME.tmp-PID-…" and ".NAME.old-PID-…" folders whose process is gone (killed mid-write).</summary>
    private static void RemoveStale(string parent, string name)
    {
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.*"))
        {
            var rest = Path.GetFileName(dir)[(name.Length + 2)..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (!(rest.StartsWith("tmp-", StringComparison.Ordinal) || rest.StartsWith("old-", StringComparison.Ordinal))) continue;
            var pidEnd = rest.IndexOf('-', dash + 1);
            if (pidEnd < 0 || !int.TryParse(rest.AsSpan(dash + 1, pidEnd - dash - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            if (!IsRunning(pid)) TryDelete(dir);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the next run tries again.
        }
    }
}
