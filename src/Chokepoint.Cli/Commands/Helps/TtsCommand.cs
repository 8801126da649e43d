using System.CommandLine;
using Chokepoint.Application.Handlers;
using Chokepoint.Cli.Infrastructure;

namespace Chokepoint.Cli.Commands.Helps;

/// <summary>tts SCENARIO: the simulation's time-to-survive beside the LP optimum, and each producer's risk exposure index.</summary>
internal static class TtsCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var scenarioArg = new Argument<string>("SCENARIO") { Description = "A scenario file (YAML) or the name of a built-in scenario" };
        var target = new Option<string?>("--target") { Description = "Only nodes located in this country (ISO3)" };
        var command = new Command("tts", "Optimal time-to-survive (linear programme, OR-Tools GLOP) beside the simulation's, and each producer's risk exposure index")
        {
            scenarioArg, target,
        };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            ctx.Render.Write(TtsHandler.Handle(ctx.Session(), parse.GetValue(scenarioArg), parse.GetValue(target)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
