using System.CommandLine;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Contracts;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Data.Sources;
using Chokepoint.Model;
using Chokepoint.Simulation;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Cli.Commands.Simulation;

/// <summary>simulate SCENARIO: compile, run (once or Monte Carlo), render, optionally write files and plots.</summary>
internal static class SimulateCommand
{
    private const int MaxThreads = 256;

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
            var options = new SimulationOptions(parse.GetValue(runs), parse.GetValue(seed), parse.GetValue(threads) ?? Environment.ProcessorCount, parse.GetValue(allNodes), Flows: parse.GetValue(flows));
            if (options.Runs is < 1 or > SimulationOptions.MaxRuns) throw CliException.Usage($"--runs {options.Runs} is out of range; expected 1 to {SimulationOptions.MaxRuns}");
            if (options.Threads is < 1 or > MaxThreads) throw CliException.Usage($"--threads {options.Threads} is out of range; expected 1 to {MaxThreads}");
            var dataset = ctx.LoadDataset();
            var (observedDataset, scenario, observedNotes) = ObservedFlowsOption.Apply(dataset, Load(ctx, dataset, parse.GetValue(scenarioArg)!), parse.GetValue(observed));
            dataset = observedDataset;
            var compiled = NetworkCompiler.Compile(dataset, scenario);
            if (MemoryBudget.Refusal(MemoryBudget.SimulationBytes(compiled, options), MemoryBudget.LimitBytes(), $"{options.Runs:N0} run(s) of '{scenario.Name}'", "lower --runs (or leave out --all-nodes)") is { } refusal)
                throw CliException.Usage(refusal);
            var result = ProgressDisplay.Run(ctx, options, o => Simulator.Run(compiled, o));
            result = result with { Notes = [.. result.Notes, .. observedNotes] };
            var json = SimulationJson.Build(result);
            ctx.Render.Write(json, SimulationTable.Build(result, options.AllNodes));
            if (parse.GetValue(outDir) is { } dir) SimulationFiles.Write(dir, result, json, ctx);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A file when the path exists (or looks like one), else a built-in name; errors are printed as diagnostics (exit 2).</summary>
    internal static Scenario Load(CliContext ctx, Dataset dataset, string arg)
    {
        var diagnostics = new DiagnosticBag();
        Scenario? scenario;
        if (File.Exists(arg))
            scenario = ReadFile(arg, diagnostics) is { } text ? ScenarioParser.Parse(arg, text, dataset, diagnostics) : null;
        else if (ScenarioCatalog.Find(dataset, arg) is { } builtIn)
            scenario = ScenarioCatalog.Parse(dataset, builtIn, diagnostics);
        else if (arg.EndsWith(".yaml", StringComparison.Ordinal) || arg.EndsWith(".yml", StringComparison.Ordinal) || arg.Contains('/', StringComparison.Ordinal))
            throw CliException.Usage($"scenario file '{arg}' does not exist");
        else
            throw CliException.Usage($"'{arg}' is neither a scenario file nor a built-in scenario; built-in: {string.Join(", ", ScenarioCatalog.BuiltIns(dataset).Select(s => s.Name))}");
        DiagnosticsPrinter.Print(ctx.Err, diagnostics.Items);
        if (scenario is null && !diagnostics.HasErrors) throw CliException.InvalidData($"the scenario '{arg}' could not be read");
        if (scenario is null) throw CliException.InvalidData($"the scenario has {diagnostics.Items.Count(d => d.Severity == Severity.Error)} error(s)");
        return scenario;
    }

    /// <summary>The text of a scenario file: a regular file of at most <see cref="ScenarioParser.MaxFileBytes"/>, in UTF-8.</summary>
    private static string? ReadFile(string path, DiagnosticBag diagnostics)
    {
        var read = RegularFile.Read(path, ScenarioParser.MaxFileBytes);
        if (read.Bytes is null) throw CliException.InvalidData($"scenario file '{path}' {read.Problem}; expected a YAML file of at most {ScenarioParser.MaxFileBytes / 1024} KB");
        return GuardedText.Decode(path, read.Bytes, diagnostics);
    }
}
