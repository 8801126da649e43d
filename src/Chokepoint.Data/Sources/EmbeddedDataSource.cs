using System.Reflection;

namespace Chokepoint.Data.Sources;

/// <summary>The default dataset, embedded in this assembly under the logical names data/….</summary>
public sealed class EmbeddedDataSource : IDataSource
{
    private const string Prefix = "data/";
    private static readonly Assembly Assembly = typeof(EmbeddedDataSource).Assembly;

    /// <summary>The one embedded default dataset.</summary>
    public static EmbeddedDataSource Default { get; } = new();

    private EmbeddedDataSource() { }

    /// <inheritdoc/>
    public string DisplayName => "(embedded default dataset)";

    /// <inheritdoc/>
    public Stream? Open(string relativePath) => Assembly.GetManifestResourceStream(Prefix + relativePath);

    /// <inheritdoc/>
    public IReadOnlyList<string> ScenarioFiles() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + "scenarios/", StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => n[(Prefix.Length + "scenarios/".Length)..])
            .Order(StringComparer.Ordinal).ToList();

    /// <inheritdoc/>
    public string PathOf(string relativePath) => Prefix + relativePath;
}
