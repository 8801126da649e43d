using System.CommandLine;
using Chokepoint.Application.Handlers;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Model;

namespace Chokepoint.Cli.Commands;

/// <summary>shares and controls: what the dataset says about concentration and the registry.</summary>
internal static class AnalysisCommands
{
    public static void Register(RootCommand root, Func<ParseResult, CliContext> context)
    {
        root.Subcommands.Add(Shares(context));
        root.Subcommands.Add(Controls(context));
        root.Subcommands.Add(ExposureCommands.Exposure(context));
        root.Subcommands.Add(ExposureCommands.Chokepoints(context));
    }

    private static Command Shares(Func<ParseResult, CliContext> context)
    {
        var item = new Argument<string>("ITEM") { Description = "Item id (see 'chokepoint items')" };
        var year = new Option<int?>("--year") { Description = "Year of the shares (default: latest with data)" };
        var firms = new Option<bool>("--firms") { Description = "List producers at the grain of plants (plants.csv): each plant with its firm, and what its country makes besides" };
        var command = new Command("shares", "Country shares of world production of an item, with sources, HHI and top-3 share") { item, year, firms };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            if (parse.GetValue(firms))
            {
                if (parse.GetValue(year) is not null) throw CliException.Usage("--firms lists the latest year's producers; leave out --year");
                var (json, firmTable) = FirmSharesHandler.Handle(ctx.Session(), parse.GetValue(item));
                ctx.Render.Write(json, firmTable);
                return ExitCodes.Ok;
            }
            var answer = SharesHandler.Handle(ctx.Session(), parse.GetValue(item), parse.GetValue(year));
            ctx.Render.Write(answer.Json, answer.Table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Controls(Func<ParseResult, CliContext> context)
    {
        var asOf = new Option<string?>("--as-of") { Description = "Date of the status, YYYY-MM-DD (default: today)", HelpName = "DATE" };
        var issuer = new Option<string?>("--issuer") { Description = "Only measures issued by this country (ISO3)" };
        var target = new Option<string?>("--target") { Description = "Only measures whose destinations include this country (ISO3)" };
        var item = new Option<string?>("--item") { Description = "Only measures listing this item id" };
        var hs = new Option<string?>("--hs") { Description = "Only measures covering an item whose HS code starts with (or is a prefix of) CODE", HelpName = "CODE" };
        var status = new Option<string?>("--status") { Description = $"Only measures with this status ({string.Join(", ", Names.Statuses)})" };
        var code = CodeOption.Create();
        var command = new Command("controls", "Export-control measures with their status on a date") { asOf, issuer, target, item, hs, status, code };
        command.Subcommands.Add(ControlsShowCommand.Create(context));
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var answer = ControlsHandler.Handle(ctx.Session(), new ControlsRequest(parse.GetValue(asOf), parse.GetValue(issuer), parse.GetValue(target),
                parse.GetValue(item), parse.GetValue(hs), parse.GetValue(status), parse.GetValue(code)));
            ctx.Render.Write(answer.Json, answer.Table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
