using System.CommandLine;
using Chokepoint.Application.Handlers;
using Chokepoint.Cli.Commands.Simulation;
using Chokepoint.Cli.Infrastructure;

namespace Chokepoint.Cli.Commands;

/// <summary>scenarios, simulate, bench: the stress-test engine.</summary>
internal static class SimulationCommands
{
    public static void Register(RootCommand root, Func<ParseResult, CliContext> context)
    {
        root.Subcommands.Add(Scenarios(context));
        root.Subcommands.Add(SimulateCommand.Create(context));
        root.Subcommands.Add(BacktestCommand.Create(context));
        root.Subcommands.Add(CalibrateCommand.Create(context));
        root.Subcommands.Add(PricesCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
    }

    private static Command Scenarios(Func<ParseResult, CliContext> context)
    {
        var command = new Command("scenarios", "List the built-in stress-test scenarios (run one with 'chokepoint simulate NAME')");
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            ctx.Render.Write(ScenariosHandler.Handle(ctx.Session()));
            return ExitCodes.Ok;
        });
        return command;
    }
}
