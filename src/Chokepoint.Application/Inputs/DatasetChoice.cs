using Chokepoint.Data;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Data.Sources;
using Chokepoint.Model;

namespace Chokepoint.Application.Inputs;

/// <summary>
/// Which dataset a surface works on: the embedded default, a folder alone (--data) or a folder layered over the default
/// (--with). The one reading of these options for the CLI and the web host.
/// </summary>
/// <param name="Data">Folder used alone instead of the default, or null.</param>
/// <param name="With">Folder layered over the default, or null.</param>
public sealed record DatasetChoice(string? Data, string? With)
{
    /// <summary>Reads the chosen dataset without refusing on its errors (validate shows them).</summary>
    public LoadResult LoadRaw()
    {
        if (Data is not null && With is not null)
            throw new RequestException("--data", "--data and --with cannot be combined: --data replaces the default dataset, --with layers over it");
        if (Data is not null) return DatasetLoader.Load(Folder(Data, "--data"));
        return With is not null ? DatasetLoader.Load(EmbeddedDataSource.Default, Folder(With, "--with")) : DatasetLoader.LoadDefault();
    }

    /// <summary>Reads and validates the chosen dataset; a dataset with errors is refused (<see cref="ErrorKind.InvalidData"/>), its errors in <paramref name="errors"/>.</summary>
    public Dataset Load(out IReadOnlyList<Diagnostic> errors)
    {
        var result = LoadRaw();
        errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (!result.HasErrors) return result.Dataset!;
        var first = errors[0];
        throw new RequestException("dataset", $"the dataset has {errors.Count} error(s), first {first.File}:{first.Line}:{first.Column}: {first.Message}; run 'chokepoint validate' for all of them", ErrorKind.InvalidData);
    }

    /// <summary>How the report and the web name the dataset: "embedded default", a folder, or the default with a folder.</summary>
    public string Describe() => Data is not null ? Path.GetFullPath(Data) : With is not null ? "embedded default with " + Path.GetFullPath(With) : "embedded default";

    private static DirectoryDataSource Folder(string dir, string option) => Directory.Exists(dir)
        ? new DirectoryDataSource(Path.GetFullPath(dir))
        : throw new RequestException(option, $"{option} '{Path.GetFullPath(dir)}' {(File.Exists(dir) ? "is a file" : "does not exist")}; expected a dataset folder (see docs/dataset.md)");
}
