using System.Text;
using Chokepoint.Data.Sources;
using Chokepoint.Testing;

namespace Chokepoint.Data.Tests;

/// <summary>
/// A valid dataset folder written by <see cref="DatasetBuilder.WriteTo"/>, which a test then breaks
/// one file of. The default content loads without any diagnostic; its lines are:
/// items.csv 2 m, 3 p · production.csv 2 m/CHN 60, 3 m/AUS 40, 4 p/USA 100 · recipes.csv 2 p,m ·
/// controls.yaml one ban CHN-TEST-1 on m (lines 1–9).
/// </summary>
internal sealed class DatasetFolder : IDisposable
{
    private readonly TempDir _tmp = new();

    public DatasetFolder(DatasetBuilder? builder = null)
    {
        Dir = _tmp.Sub("data");
        (builder ?? Valid()).WriteTo(Dir);
    }

    public string Dir { get; }

    public static DatasetBuilder Valid() => new DatasetBuilder()
        .Produced("m", ("CHN", 60), ("AUS", 40))
        .Product("p")
        .Recipe("p", "m")
        .Measure("CHN-TEST-1", ["m"]);

    /// <summary>The name diagnostics show for <paramref name="file"/> of this folder.</summary>
    public string PathOf(string file) => Path.Combine(Dir, file);

    public DatasetFolder Write(string file, string text)
    {
        File.WriteAllText(PathOf(file), text);
        return this;
    }

    public DatasetFolder WriteBytes(string file, byte[] bytes)
    {
        File.WriteAllBytes(PathOf(file), bytes);
        return this;
    }

    /// <summary>Appends one line (a row) to <paramref name="file"/>.</summary>
    public DatasetFolder Append(string file, string line)
    {
        File.AppendAllText(PathOf(file), line + "\n");
        return this;
    }

    /// <summary>Replaces 1-based line <paramref name="line"/> of <paramref name="file"/>.</summary>
    public DatasetFolder SetLine(string file, int line, string text)
    {
        var lines = File.ReadAllLines(PathOf(file));
        lines[line - 1] = text;
        File.WriteAllText(PathOf(file), string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        return this;
    }

    /// <summary>A second, empty folder (e.g. an overlay), created next to this one.</summary>
    public string Sibling(string name) => _tmp.Sub(name);

    public LoadResult Load(string? overlayDir = null) =>
        DatasetLoader.Load(new DirectoryDataSource(Dir), overlayDir is null ? null : new DirectoryDataSource(overlayDir));

    public void Dispose() => _tmp.Dispose();
}
