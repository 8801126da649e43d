using Chokepoint.Data;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Data.Sources;
using Chokepoint.Model;

namespace Chokepoint.Web.Hosting;

/// <summary>The dataset the app serves, read and validated once at start; immutable, shared by every request.</summary>
public sealed class DatasetHolder
{
    /// <summary>Reads the dataset chosen by <paramref name="options"/>.</summary>
    /// <exception cref="InvalidOperationException">A folder does not exist or the options conflict.</exception>
    /// <exception cref="InvalidDataException">The dataset has errors (the message gives the first and their count).</exception>
    public DatasetHolder(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Data is not null && options.With is not null)
            throw new InvalidOperationException("--data and --with cannot be combined: --data replaces the default dataset, --with layers over it");
        var result = options.Data is not null ? DatasetLoader.Load(Folder(options.Data, "--data"))
            : options.With is not null ? DatasetLoader.Load(EmbeddedDataSource.Default, Folder(options.With, "--with"))
            : DatasetLoader.LoadDefault();
        if (result.HasErrors)
        {
            var first = result.Diagnostics.First(d => d.Severity == Severity.Error);
            throw new InvalidDataException($"the dataset has {result.Diagnostics.Count(d => d.Severity == Severity.Error)} error(s), first {first.File}:{first.Line}:{first.Column}: {first.Message}; run 'chokepoint validate' for all of them");
        }
        Dataset = result.Dataset!;
    }

    /// <summary>The validated dataset.</summary>
    public Dataset Dataset { get; }

    private static DirectoryDataSource Folder(string dir, string option) => Directory.Exists(dir)
        ? new DirectoryDataSource(Path.GetFullPath(dir))
        : throw new InvalidOperationException($"{option} '{dir}' does not exist; expected a dataset folder (see docs/dataset.md)");
}
