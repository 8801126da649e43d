namespace Chokepoint.Evidence.Text;

/// <summary>
/// The files under a folder to ingest, in ordinal order of their relative names. Hidden entries
/// (a name starting with '.') are skipped. Each real directory is walked once: a symlink to a
/// directory is followed only when its target has not been seen, so symlink loops end and a folder
/// linked twice is not read twice. Unreadable directories are skipped. Thread-safe.
/// </summary>
public static class DocumentFolder
{
    /// <summary>(path, name relative to <paramref name="folder"/> with '/' separators) of every file to read.</summary>
    public static IReadOnlyList<(string Path, string Name)> Files(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<(string Path, string Name)>();
        var pending = new Stack<(string Path, string Name)>();
        pending.Push((folder, ""));
        while (pending.Count > 0)
        {
            var (dir, name) = pending.Pop();
            if (RealPath(dir) is not { } real || !seen.Add(real)) continue;
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(dir).EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 }).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.')) continue;
                var relative = name.Length == 0 ? entry.Name : name + "/" + entry.Name;
                if (entry is DirectoryInfo) pending.Push((entry.FullName, relative));
                else files.Add((entry.FullName, relative));
            }
        }
        files.Sort((a, b) => StringComparer.Ordinal.Compare(a.Name, b.Name));
        return files;
    }

    /// <summary>The directory's path with every symlink resolved; null when it cannot be resolved (a dangling or looping link).</summary>
    private static string? RealPath(string dir)
    {
        try
        {
            var info = new DirectoryInfo(dir);
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists) return null;
            // The parent may itself sit behind a link; resolve each level up to the root.
            var parent = Path.GetDirectoryName(target.FullName.TrimEnd(Path.DirectorySeparatorChar));
            return parent is null ? target.FullName : Path.Combine(RealPath(parent) ?? parent, target.Name);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
