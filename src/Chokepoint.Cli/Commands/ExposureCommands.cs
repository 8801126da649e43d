using System.CommandLine;
using Chokepoint.Application.Handlers;
using Chokepoint.Cli.Infrastructure;

namespace Chokepoint.Cli.Commands;

/// <summary>exposure and chokepoints: the static (zero-stock, zero-substitution) view.</summary>
internal static class ExposureCommands
{
    public static Command Exposure(Func<ParseResult, CliContext> context)
    {
        var item = new Argument<string>("ITEM") { Description = "Item id whose supply to the importer is analysed" };
        var to = new Option<string>("--to") { Description = "Importing country (ISO3)", Required = true };
        var madeIn = new Option<bool>("--made-in") { Description = "Measure the makers located in the --to country (as 'report' does) instead of what its buyers receive" };
        var from = new Option<string?>("--from") { Description = "Hypothetical: this country (ISO3) stops exports at every tier of the chain" };
        var items = new Option<string?>("--items") { Description = "With --from: only these item ids (comma-separated)", HelpName = "A,B" };
        var asOf = new Option<string?>("--as-of") { Description = "Block exactly what the measures in force on DATE restrict toward the importer", HelpName = "DATE" };
        var approval = new Option<double?>("--approval-rate") { Description = "With --as-of: approval rate (0-1) replacing every licence regime's own", HelpName = "R" };
        var command = new Command("exposure", "Share of an item's supply to an importer at risk under a blockade (static bound: no stocks, no substitution)")
            { item, to, madeIn, from, items, asOf, approval };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var answer = ExposureHandler.Handle(ctx.Session(), new ExposureRequest(parse.GetValue(item), parse.GetValue(to), parse.GetValue(madeIn),
                parse.GetValue(from), parse.GetValue(items), parse.GetValue(asOf), parse.GetValue(approval)));
            ctx.Render.Write(answer.Json, answer.Table);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Chokepoints(Func<ParseResult, CliContext> context)
    {
        var issuer = new Option<string>("--issuer") { Description = "Country that could withhold items (ISO3)", Required = true };
        var target = new Option<string>("--target") { Description = "Country (ISO3) or group of countries.csv (e.g. EU: worst member kept)", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Date for the 'controlled' column (default: today)", HelpName = "DATE" };
        var command = new Command("chokepoints", "Items ranked by how much of the target's product output is at risk if the issuer stops that item alone")
            { issuer, target, asOf };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            ctx.Render.Write(ChokepointsHandler.Handle(ctx.Session(), parse.GetValue(issuer), parse.GetValue(target), parse.GetValue(asOf)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
