namespace Chokepoint.Data.Sources;

/// <summary>A dataset folder on disk.</summary>
public sealed class DirectoryDataSource : IDataSource
{
    private readonly string _root;

    /// <summary>Uses the directory <paramref name="root"/>; it must exist.</summary>
    public DirectoryDataSource(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = root;
    }

    /// <inheritdoc/>
    public string DisplayName => _root;

    /// <inheritdoc/>
    public Stream? Open(string relativePath)
    {
        return RegularFile.OpenIfReadable(Path.Combine(_root, relativePath));
    }

    /// <inheritdoc/>
    public bool IsFolder(string relativePath) => Directory.Exists(Path.Combine(_root, relativePath));

    /// <inheritdoc/>
    public IReadOnlyList<string> ScenarioFiles()
    {
        var dir = Path.Combine(_root, "scenarios");
        if (!Directory.Exists(dir)) return [];
        return Directory.GetFiles(dir, "*.yaml").Select(Path.GetFileName).OfType<string>()
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc/>
    public string PathOf(string relativePath) => Path.Combine(_root, relativePath);
}
