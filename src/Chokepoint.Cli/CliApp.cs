using System.CommandLine;
using Chokepoint.Application.Inputs;
using Chokepoint.Cli.Commands;
using Chokepoint.Cli.Infrastructure;
using Spectre.Console;

namespace Chokepoint.Cli;

/// <summary>Builds the command tree and runs it behind the one top-level error handler.</summary>
internal static class CliApp
{
    /// <summary>Every command group. A group adds its commands to the root.</summary>
    private static readonly Action<RootCommand, Func<ParseResult, CliContext>>[] Groups =
    [
        DatasetCommands.Register,
        AnalysisCommands.Register,
        SimulationCommands.Register,
        Commands.Helps.HelpsCommands.Register,
        ReportCommand.Register,
        ServeCommand.Register,
        EvidenceCommands.Register,
        Commands.Macro.MrioCommands.Register,
        PartsCommands.Register,
    ];

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        var root = new RootCommand("Chokepoint: exposure of supply chains to export controls on critical materials, and stress tests against them.");
        GlobalOptions.AddTo(root);
        var time = clock ?? TimeProvider.System;
        foreach (var register in Groups) register(root, p => new CliContext(p, output, error, time));
        ParseResult? parse = null;
        try
        {
            parse = root.Parse(args);
            if (parse.Errors.Count > 0) return ParseErrors.Report(parse, m => WriteError(error, m), error);
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (RequestException ex)
        {
            DiagnosticsPrinter.Print(error, ex.Diagnostics);
            WriteError(error, ex.Message);
            if (parse?.GetValue(GlobalOptions.Debug) == true) error.WriteLine(ex.ToString());
            return ex.Kind == ErrorKind.InvalidData ? ExitCodes.InvalidData : ExitCodes.Usage;
        }
        catch (CliException ex)
        {
            WriteError(error, ex.Message);
            if (parse?.GetValue(GlobalOptions.Debug) == true) error.WriteLine(ex.ToString());
            return ex.ExitCode;
        }
        catch (Simulation.ModelRangeException ex)
        {
            WriteError(error, ex.Message);
            if (parse?.GetValue(GlobalOptions.Debug) == true) error.WriteLine(ex.ToString());
            return ExitCodes.InvalidData;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            WriteError(error, $"{ex.GetType().Name}: {ex.Message}");
            if (parse?.GetValue(GlobalOptions.Debug) == true) error.WriteLine(ex.ToString());
            else error.WriteLine("(run again with --debug for the stack trace)");
            return ExitCodes.ComputationFailed;
        }
    }

    /// <summary>"Error: …" in red; a message of several lines (one problem a line) keeps its lines, each cleaned and indented.</summary>
    private static void WriteError(TextWriter error, string message)
    {
        var console = Renderer.Console(error);
        var lines = message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
            console.MarkupLineInterpolated($"[red]{(i == 0 ? "Error: " : "  ")}{SafeText.Clean(lines[i])}[/]");
    }
}
