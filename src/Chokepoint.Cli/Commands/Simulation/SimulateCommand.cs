using System.CommandLine;
using Chokepoint.Contracts;
using Chokepoint.Application;
using Chokepoint.Application.Handlers;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>simulate SCENARIO: compile, run (once or Monte Carlo), render, optionally write files and plots.</summary>
internal static class SimulateCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var scenarioArg = new Argument<string>("SCENARIO") { Description = "A scenario file (YAML) or the name of a built-in scenario (see 'chokepoint scenarios')" };
        var runs = new Option<int>("--runs") { Description = "Number of runs; more than 1 draws the scenario's uncertain parameters (Monte Carlo)", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = "Seed of the Monte Carlo draws", DefaultValueFactory = _ => 1 };
        var threads = new Option<int?>("--threads") { Description = "Worker threads (default: all cores)" };
        var allNodes = new Option<bool>("--all-nodes") { Description = "Report every node (producers of every item), not only products and final demand" };
        var flows = new Option<bool>("--flows") { Description = "Add the daily modelled flow of every item between every pair of countries (JSON 'flows', flows.csv with --out)" };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Write results.json, results.csv, series.csv and plots (PNG, SVG) into DIR", HelpName = "DIR" };
        var observed = ObservedFlowsOption.Create();
        var command = new Command("simulate", "Stress-test the supply network day by day under a scenario: time-to-survive, time-to-recover, lost output")
        {
            scenarioArg, runs, seed, threads, allNodes, flows, outDir, observed,
        };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            OutputGuard.Folder(parse.GetValue(outDir)?.FullName, SimulationFiles.Extensions, "--out");
            var session = ctx.Session();
            var options = SimulateHandler.Options(session, new SimulateRequest(parse.GetValue(scenarioArg), parse.GetValue(runs), parse.GetValue(seed),
                parse.GetValue(threads) ?? Environment.ProcessorCount, parse.GetValue(allNodes), parse.GetValue(flows)));
            var (replay, scenario, observedNotes) = ObservedFlowsHandler.Apply(session, Load(ctx, session, parse.GetValue(scenarioArg)), parse.GetValue(observed));
            var answer = ObservedFlowsHandler.Annotate(ProgressDisplay.Run(ctx, options, o => SimulateHandler.Run(replay, scenario, o)), observedNotes);
            ctx.Render.Write(answer.Json, answer.Table);
            if (parse.GetValue(outDir) is { } dir) SimulationFiles.Write(dir, answer.Result, answer.Json, ctx, answer.Prices is { } p ? PriceContracts.Csv(p.Paths) : null);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A scenario file or built-in name through the application's loader; its warnings are printed to stderr.</summary>
    internal static Scenario Load(CliContext ctx, Session session, string? arg)
    {
        var loaded = ScenarioLoader.Load(session, arg, "SCENARIO", files: true);
        DiagnosticsPrinter.Print(ctx.Err, loaded.Warnings);
        return loaded.Scenario;
    }
}
