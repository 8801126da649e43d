namespace Chokepoint.Data.Sources;

/// <summary>The bytes of a file, or why they were not read.</summary>
/// <param name="Bytes">The content; null when refused.</param>
/// <param name="Problem">Why the file was refused (for a message naming the path); null when read.</param>
public readonly record struct FileBytes(byte[]? Bytes, string? Problem);

/// <summary>
/// Reads user-named files without trusting them to be ordinary: /dev/zero never ends, a FIFO blocks
/// the open until someone writes, and a symlink can point at either. A file whose reported size is 0
/// is never opened (an empty regular file has nothing to read, and devices and pipes report 0), and
/// the size cap is enforced while reading, not only from the reported size. Thread-safe.
/// </summary>
public static class RegularFile
{
    /// <summary>Opens <paramref name="path"/> for reading, or null when it does not exist, is empty or is not a regular file.</summary>
    public static Stream? OpenIfReadable(string path)
    {
        var info = Resolved(path);
        if (!info.Exists) return null;
        return info.Length == 0 ? new MemoryStream([], writable: false) : info.OpenRead();
    }

    /// <summary>Reads at most <paramref name="maxBytes"/> bytes of <paramref name="path"/>.</summary>
    public static FileBytes Read(string path, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        try
        {
            var info = Resolved(path);
            if (!info.Exists) return new FileBytes(null, Directory.Exists(path) ? "is a folder, not a file" : "does not exist");
            if (info.Length == 0) return new FileBytes(null, "is empty or not a regular file (a device, pipe or socket)");
            if (info.Length > maxBytes) return new FileBytes(null, $"is larger than {Size(maxBytes)} ({Size(info.Length)})");
            using var stream = info.OpenRead();
            using var buffer = new MemoryStream((int)info.Length);
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > maxBytes) return new FileBytes(null, $"is larger than {Size(maxBytes)}");
                buffer.Write(chunk, 0, n);
            }
            return new FileBytes(buffer.ToArray(), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileBytes(null, $"cannot be read ({ex.Message.TrimEnd('.')})");
        }
    }

    /// <summary>The file itself, or the final target of a symlink (whose own size is that of the link text).</summary>
    private static FileInfo Resolved(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";
}
