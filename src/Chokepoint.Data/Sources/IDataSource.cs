namespace Chokepoint.Data.Sources;

/// <summary>A folder of dataset files: a directory on disk or the embedded default dataset.</summary>
public interface IDataSource
{
    /// <summary>How the folder is shown to users, e.g. "data" or the directory given.</summary>
    string DisplayName { get; }

    /// <summary>Opens <paramref name="relativePath"/> (e.g. "items.csv"); null when absent.</summary>
    Stream? Open(string relativePath);

    /// <summary>True when <paramref name="relativePath"/> names a folder where a file is expected (so it is not taken for a missing file).</summary>
    bool IsFolder(string relativePath) => false;

    /// <summary>Names of the scenario files (e.g. "replay-2025.yaml") under scenarios/.</summary>
    IReadOnlyList<string> ScenarioFiles();

    /// <summary>The name shown in diagnostics for <paramref name="relativePath"/>.</summary>
    string PathOf(string relativePath);
}
