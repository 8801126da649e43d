using System.CommandLine;
using Chokepoint.Application.Charts;
using Chokepoint.Application.Prices;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Reports;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>prices ITEM [--scenario S]: observed and modelled prices inside the issuer and outside, with the ratio scored.</summary>
internal static class PricesCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var item = new Argument<string>("ITEM") { Description = "Item with observed prices (observed/prices.csv), e.g. dysprosium-oxide" };
        var scenario = new Option<string?>("--scenario") { Description = $"Scenario whose runs model the prices (file or built-in name; default {PriceRuns.CalibrationScenario})", HelpName = "SCENARIO" };
        var runs = new Option<int>("--runs") { Description = "Monte Carlo runs behind the median and p5–p95 (1–10,000)", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "Seed of the Monte Carlo draws", DefaultValueFactory = _ => 1 };
        var plot = new Option<FileInfo?>("--plot") { Description = "Write the plot (observed points, modelled median and p5–p95) to this file: .svg for SVG, else PNG", HelpName = "FILE" };
        var command = new Command("prices", "Prices of an item inside the issuing country and outside: observed beside modelled, and the outside/inside ratio scored against the record")
        {
            item, scenario, runs, seed, plot,
        };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            OutputGuard.File(parse.GetValue(plot), "--plot");
            var answer = PricesHandler.Handle(ctx.Session(), new PricesRequest(parse.GetValue(item), parse.GetValue(scenario), parse.GetValue(runs), parse.GetValue(seed)));
            ctx.Render.Write(answer.Json, answer.Tables[0]);
            if (parse.GetValue(plot) is { } file)
            {
                try { OutputFile.Write(file.FullName, staging => ChartFigures.Write(PricesChart.Of(answer.Json), staging, svg: file.Name.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))); }
                catch (OutputFolderException ex) { throw CliException.Usage($"--plot: {ex.Message}"); }
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
