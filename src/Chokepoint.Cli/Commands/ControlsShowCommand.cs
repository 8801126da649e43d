using System.CommandLine;
using Chokepoint.Application.Handlers;
using Chokepoint.Cli.Infrastructure;

namespace Chokepoint.Cli.Commands;

/// <summary>controls show ID: one measure as written, with clauses, phases, notes, sources and status history.</summary>
internal static class ControlsShowCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("ID") { Description = "Measure id, e.g. CHN-MOFCOM-2025-18 (see 'chokepoint controls')" };
        var asOf = new Option<string?>("--as-of") { Description = "Date of the status shown (default: today)", HelpName = "DATE" };
        var command = new Command("show", "One measure with its scope clauses, licence phases, notes, sources and status history") { id, asOf };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var answer = MeasureHandler.Handle(ctx.Session(), parse.GetValue(id), parse.GetValue(asOf));
            ctx.Render.Write(answer.Json, [.. answer.Tables]);
            return ExitCodes.Ok;
        });
        return command;
    }
}
