using System.CommandLine;
using Chokepoint.Data;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Data.Sources;
using Chokepoint.Model;

namespace Chokepoint.Cli.Infrastructure;

/// <summary>What a command needs from the parse: the dataset, the output writers and the format.</summary>
internal sealed class CliContext(ParseResult parse, TextWriter output, TextWriter error, TimeProvider clock)
{
    public ParseResult Parse { get; } = parse;
    public TextWriter Out { get; } = output;
    public TextWriter Err { get; } = error;
    public TimeProvider Clock { get; } = clock;
    public OutputFormat Format => Parse.GetValue(GlobalOptions.Format);
    public Renderer Render => new(Out, Format);
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>Reads and validates the dataset chosen by --data/--with; refuses (exit 2) when it has errors.</summary>
    public Dataset LoadDataset()
    {
        var result = LoadRaw();
        if (!result.HasErrors) return result.Dataset!;
        DiagnosticsPrinter.Print(Err, result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList());
        throw CliException.InvalidData($"the dataset has {result.Diagnostics.Count(d => d.Severity == Severity.Error)} error(s); run 'chokepoint validate' for details");
    }

    /// <summary>Reads the dataset chosen by --data/--with without refusing on errors.</summary>
    public LoadResult LoadRaw()
    {
        var data = Parse.GetValue(GlobalOptions.Data);
        var with = Parse.GetValue(GlobalOptions.With);
        if (data is not null && with is not null)
            throw CliException.Usage("--data and --with cannot be combined: --data replaces the default dataset, --with layers over it");
        if (data is not null)
            return DatasetLoader.Load(Folder(data, "--data"));
        return with is not null
            ? DatasetLoader.Load(EmbeddedDataSource.Default, Folder(with, "--with"))
            : DatasetLoader.LoadDefault();
    }

    private static DirectoryDataSource Folder(DirectoryInfo dir, string option)
    {
        if (!dir.Exists)
            throw CliException.Usage($"{option} '{dir.FullName}' does not exist; expected a dataset folder (see docs/dataset.md)");
        return new DirectoryDataSource(dir.FullName);
    }
}
