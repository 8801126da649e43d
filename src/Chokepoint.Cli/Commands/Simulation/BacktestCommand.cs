using System.CommandLine;
using System.Globalization;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Prices;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Reports;
using Chokepoint.Simulation.Backtest;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>backtest [SCENARIO]: the scenario's modelled flows and events against the observed record (docs/backtest.md).</summary>
internal static class BacktestCommand
{
    private static readonly IReadOnlyCollection<string> Extensions = [".json", ".png", ".svg"];

    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var scenarioArg = new Argument<string>("SCENARIO") { Description = "A scenario file (YAML) or a built-in scenario name", DefaultValueFactory = _ => "replay-2025" };
        var runs = new Option<int>("--runs") { Description = "Number of runs; more than 1 compares the median of Monte Carlo draws", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = "Seed of the Monte Carlo draws", DefaultValueFactory = _ => 1 };
        var threads = new Option<int?>("--threads") { Description = "Worker threads (default: all cores)" };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Write backtest.json and plots (observed vs modelled index per flow, event timeline; PNG and SVG) into DIR", HelpName = "DIR" };
        var observed = ObservedFlowsOption.Create();
        var command = new Command("backtest", "Compare a scenario's modelled flows, output and shortfalls with the observed record (observed/flows.csv, output.csv, events.csv)")
        {
            scenarioArg, runs, seed, threads, outDir, observed,
        };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var options = new SimulationOptions(parse.GetValue(runs), parse.GetValue(seed), parse.GetValue(threads) ?? Environment.ProcessorCount, Flows: true);
            if (options.Runs is < 1 or > SimulationOptions.MaxRuns) throw CliException.Usage($"--runs {options.Runs} is out of range; expected 1 to {SimulationOptions.MaxRuns}");
            if (options.Threads is < 1 or > SimulateHandler.MaxThreads) throw CliException.Usage($"--threads {options.Threads} is out of range; expected 1 to {SimulateHandler.MaxThreads}");
            OutputGuard.Folder(parse.GetValue(outDir)?.FullName, Extensions, "--out");
            var session = ctx.Session();
            var dataset = session.Dataset;
            if (dataset.Tables.ObservedFlows.Count == 0 && dataset.Tables.ObservedEvents.Count == 0)
                throw CliException.InvalidData("the dataset has no observed record; expected observed/flows.csv or observed/events.csv");
            var (replay, scenario, observedNotes) = ObservedFlowsHandler.Apply(session, SimulateCommand.Load(ctx, session, parse.GetValue(scenarioArg)), parse.GetValue(observed));
            var compiled = NetworkCompiler.Compile(replay.Dataset, scenario);
            var answer = BacktestHandler.Run(replay.Dataset, scenario, compiled, options, observedNotes, "lower --runs or --threads", (o, probe) => ProgressDisplay.Run(ctx, o, p => Simulator.Run(compiled, p, probe)));
            var (result, json) = (answer.Result, answer.Json);
            ctx.Render.Write(json, [BacktestTables.Flows(result), BacktestTables.Outputs(result), BacktestTables.Events(result), .. answer.PriceTable is { } q ? [q] : Array.Empty<Table>()]);
            if (parse.GetValue(outDir) is { } dir)
            {
                // Staged and swapped in whole, with the guards of simulate --out (issue 23 §8).
                IReadOnlyList<string> plots = [];
                string written;
                try
                {
                    written = OutputFolder.Write(dir.FullName, Extensions, staging =>
                    {
                        File.WriteAllText(Path.Combine(staging, "backtest.json"), json.ToJsonString(Renderer.Json) + "\n");
                        plots = BacktestPlots.Write(staging, result);
                    });
                }
                catch (OutputFolderException ex) { throw CliException.Usage($"--out: {ex.Message}"); }
                ctx.Err.WriteLine($"Wrote backtest.json{string.Concat(plots.Select(p => ", " + p))} to {written}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
