namespace Chokepoint.Evidence.Text;

/// <summary>
/// The files under a folder to ingest, in ordinal order of their relative names. Hidden entries
/// (a name starting with '.') are skipped. Each real directory is walked once: a symlink to a
/// directory is followed only when its target has not been seen, so symlink loops end and a folder
/// linked twice is not read twice. Real paths are built incrementally (a plain subfolder's real path is
/// its parent's plus its name; only a link is resolved from the root), so the walk is linear in the
/// number of entries whatever the depth; folders more than <see cref="MaxDepth"/> levels down are not
/// read and are named to the caller. Unreadable directories are skipped. Thread-safe.
/// </summary>
public static class DocumentFolder
{
    /// <summary>Deepest folder read, in levels below the folder given (1 = its direct subfolders).</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// (path, name relative to <paramref name="folder"/> with '/' separators) of every file to read. The relative
    /// names of folders deeper than <see cref="MaxDepth"/> go to <paramref name="tooDeep"/> when given.
    /// </summary>
    public static IReadOnlyList<(string Path, string Name)> Files(string folder, ICollection<string>? tooDeep = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<(string Path, string Name)>();
        var pending = new Stack<(string Path, string Name, string? Real, int Depth)>();
        pending.Push((folder, "", RealPath(folder), 0));
        while (pending.Count > 0)
        {
            var (dir, name, real, depth) = pending.Pop();
            if (real is null || !seen.Add(real)) continue;
            if (depth > MaxDepth)
            {
                tooDeep?.Add(name);
                continue;
            }
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
                if (entry is DirectoryInfo sub)
                    pending.Push((entry.FullName, relative, sub.LinkTarget is null ? Path.Combine(real, entry.Name) : RealPath(entry.FullName), depth + 1));
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
            // The parent may itself sit behind a link; resolve each level up to the root (only for the root and for links).
            var parent = Path.GetDirectoryName(target.FullName.TrimEnd(Path.DirectorySeparatorChar));
            return parent is null ? target.FullName : Path.Combine(RealPath(parent) ?? parent, target.Name);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
