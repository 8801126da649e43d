using Chokepoint.Data.Sources;

namespace Chokepoint.Fuzz;

/// <summary>A dataset folder held in memory: file name → bytes.</summary>
internal sealed class MemorySource(IReadOnlyDictionary<string, byte[]> files) : IDataSource
{
    public string DisplayName => "fuzz";

    public Stream? Open(string relativePath) => files.TryGetValue(relativePath, out var b) ? new MemoryStream(b, writable: false) : null;

    public IReadOnlyList<string> ScenarioFiles() =>
        files.Keys.Where(k => k.StartsWith("scenarios/", StringComparison.Ordinal)).Select(k => k["scenarios/".Length..]).Order(StringComparer.Ordinal).ToList();

    public string PathOf(string relativePath) => relativePath;
}
