using System.CommandLine;
using Chokepoint.Application;
using Chokepoint.Application.Inputs;
using Chokepoint.Data;
using Chokepoint.Model;

namespace Chokepoint.Cli.Infrastructure;

/// <summary>What a command needs from the parse: the dataset (through the application layer), the output writers and the format.</summary>
internal sealed class CliContext(ParseResult parse, TextWriter output, TextWriter error, TimeProvider clock)
{
    public ParseResult Parse { get; } = parse;
    public TextWriter Out { get; } = output;
    public TextWriter Err { get; } = error;
    public TimeProvider Clock { get; } = clock;
    public OutputFormat Format => Parse.GetValue(GlobalOptions.Format);
    public Renderer Render => new(Out, Format);
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>The --data/--with choice.</summary>
    public DatasetChoice Choice => new(Parse.GetValue(GlobalOptions.Data)?.FullName, Parse.GetValue(GlobalOptions.With)?.FullName);

    /// <summary>Reads and validates the dataset chosen by --data/--with; refuses (exit 2, its errors printed) when it has errors.</summary>
    public Dataset LoadDataset()
    {
        try
        {
            return Choice.Load(out _);
        }
        catch (RequestException ex) when (ex.Kind == ErrorKind.InvalidData)
        {
            var errors = LoadRaw().Diagnostics.Where(d => d.Severity == Data.Diagnostics.Severity.Error).ToList();
            DiagnosticsPrinter.Print(Err, errors);
            throw CliException.InvalidData($"the dataset has {errors.Count} error(s); run 'chokepoint validate' for details");
        }
    }

    /// <summary>The session every handler of this command runs in.</summary>
    public Session Session() => new(LoadDataset(), Today, Surface.Cli);

    /// <summary>Reads the dataset chosen by --data/--with without refusing on errors.</summary>
    public LoadResult LoadRaw() => Choice.LoadRaw();
}
