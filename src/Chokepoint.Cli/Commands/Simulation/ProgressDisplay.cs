using Chokepoint.Simulation.MonteCarlo;
using Spectre.Console;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>A progress bar on stderr for Monte Carlo runs, only when stderr is a terminal.</summary>
internal static class ProgressDisplay
{
    private const int MinRuns = 50;

    public static T Run<T>(Infrastructure.CliContext ctx, SimulationOptions options, Func<SimulationOptions, T> run) where T : class
    {
        var terminal = ReferenceEquals(ctx.Err, Console.Error) && !Console.IsErrorRedirected;
        if (!terminal || options.Runs < MinRuns) return run(options);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T? result = null;
        console.Progress().AutoClear(true).Start(p =>
        {
            var task = p.AddTask("Monte Carlo runs", maxValue: options.Runs);
            result = run(options with { Progress = new Progress(task) });
        });
        return result!;
    }

    private sealed class Progress(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = Math.Max(task.Value, value);
    }
}
