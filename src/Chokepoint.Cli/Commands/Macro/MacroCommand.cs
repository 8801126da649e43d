using System.CommandLine;
using Chokepoint.Analysis.Macro;
using Chokepoint.Application.Macro;
using Chokepoint.Cli.Infrastructure;

namespace Chokepoint.Cli.Commands.Macro;

/// <summary>macro SCENARIO --mrio DIR [--map FILE]: the stress test's lost output as value added lost by region and sector on an MRIO.</summary>
internal static class MacroCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "Scenario file or built-in name" };
        var mrio = new Option<string?>("--mrio") { Description = "MRIO folder in pymrio's text layout (e.g. OECD ICIO saved by pymrio); required, none is shipped", HelpName = "DIR" };
        var map = new Option<string?>("--map") { Description = "Product-to-sector mapping CSV (item,sector,classification,source,note); default: the dataset's mrio_sectors.csv (OECD ICIO codes)", HelpName = "FILE" };
        var usd = new Option<double?>("--usd-per-unit") { Description = "US$ per unit of the MRIO's money (default: from its unit, e.g. 1000000 for 'Mill USD')", HelpName = "N" };
        var runs = new Option<int>("--runs") { Description = "Monte Carlo runs of the stress test (the median lost output is used)", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var command = new Command("macro", "Value added lost by country and sector: a scenario's lost output as a supply shock on an MRIO (Ghosh / inoperability model)")
        {
            scenario, mrio, map, usd, runs, seed,
        };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            try
            {
                ctx.Render.Write(MacroHandler.Handle(ctx.Session(), new MacroRequest(parse.GetValue(scenario), parse.GetValue(mrio), parse.GetValue(map),
                    parse.GetValue(usd), parse.GetValue(runs), parse.GetValue(seed))));
            }
            catch (MrioComputationException ex) { throw new CliException(ExitCodes.ComputationFailed, ex.Message); }
            return ExitCodes.Ok;
        });
        return command;
    }
}
