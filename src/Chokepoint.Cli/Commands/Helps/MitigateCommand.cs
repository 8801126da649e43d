using System.CommandLine;
using Chokepoint.Application.Handlers;
using Chokepoint.Cli.Infrastructure;

namespace Chokepoint.Cli.Commands.Helps;

/// <summary>mitigate SCENARIO --target C: stockpile, other suppliers and substitutes.</summary>
internal static class MitigateCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var scenarioArg = new Argument<string>("SCENARIO") { Description = "A scenario file (YAML) or the name of a built-in scenario" };
        var target = new Option<string>("--target") { Description = "Country whose demand must be met (ISO3)", Required = true };
        var product = new Option<string?>("--product") { Description = "Only this product's demand in the target" };
        var percentile = new Option<double>("--percentile") { Description = "Share of Monte Carlo runs (%) in which demand must be met through the horizon", DefaultValueFactory = _ => 95 };
        var runs = new Option<int>("--runs") { Description = "Monte Carlo runs per evaluation of a stockpile (1 = the scenario as written)", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "Seed of the Monte Carlo draws", DefaultValueFactory = _ => 1 };
        var threads = new Option<int?>("--threads") { Description = "Worker threads (default: all cores)" };
        var closeBy = new Option<string?>("--close-by") { Description = "Date by which other suppliers should close each gap (default: one year after the start)", HelpName = "DATE" };
        var command = new Command("mitigate", "What helps under a scenario: the smallest stockpile that keeps the target's demand met, other suppliers and their capacity, substitutes")
        {
            scenarioArg, target, product, percentile, runs, seed, threads, closeBy,
        };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            ctx.Render.Write(MitigateHandler.Handle(ctx.Session(), new MitigateRequest(parse.GetValue(scenarioArg), parse.GetValue(target), parse.GetValue(product),
                parse.GetValue(percentile), parse.GetValue(runs), parse.GetValue(seed), parse.GetValue(threads) ?? Environment.ProcessorCount, parse.GetValue(closeBy))));
            return ExitCodes.Ok;
        });
        return command;
    }
}
