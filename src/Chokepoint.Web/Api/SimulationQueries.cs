using System.Globalization;
using System.Text.Json.Nodes;
using Chokepoint.Contracts;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Simulation;
using Chokepoint.Simulation.Backtest;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Scenarios;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Jobs;

namespace Chokepoint.Web.Api;

/// <summary>Built-in scenarios, scenario validation and stress-test jobs (the library's compiler and simulator).</summary>
public sealed class SimulationQueries(DatasetHolder holder, JobBoard jobs, WebOptions options)
{
    /// <summary>Most characters of a scenario YAML accepted from a request.</summary>
    public const int MaxYamlChars = 256 * 1024;

    /// <summary>The built-in scenarios that parse, with their text.</summary>
    public IReadOnlyList<(ScenarioJson Json, string Yaml)> BuiltIns()
    {
        var diagnostics = new DiagnosticBag();
        var list = new List<(ScenarioJson, string)>();
        foreach (var s in ScenarioCatalog.BuiltIns(holder.Dataset))
            if (ScenarioCatalog.Parse(holder.Dataset, s, diagnostics) is { } scenario)
                list.Add((ScenarioJson.Of(s.Name, scenario), s.Text));
        return list;
    }

    /// <summary>Parses a built-in scenario by name or a YAML text; the diagnostics carry line and column.</summary>
    public (Scenario? Scenario, IReadOnlyList<Diagnostic> Diagnostics, string Label) Parse(string? name, string? yaml)
    {
        var diagnostics = new DiagnosticBag();
        if (!string.IsNullOrWhiteSpace(yaml))
        {
            if (yaml.Length > MaxYamlChars) throw new BadInputException("yaml", $"the scenario YAML is {yaml.Length} characters long; expected at most {MaxYamlChars}");
            var parsed = ScenarioParser.Parse("scenario.yaml", yaml, holder.Dataset, diagnostics);
            return (diagnostics.HasErrors ? null : parsed, diagnostics.Items, parsed?.Name ?? "scenario.yaml");
        }
        if (string.IsNullOrWhiteSpace(name))
            throw new BadInputException("scenario", "give scenario (the name of a built-in scenario) or yaml (a scenario text)");
        var builtIn = ScenarioCatalog.Find(holder.Dataset, name.Trim())
            ?? throw new BadInputException("scenario", $"'{name}' is not a built-in scenario; built-in: {string.Join(", ", ScenarioCatalog.BuiltIns(holder.Dataset).Select(s => s.Name))}", 404);
        var scenario = ScenarioCatalog.Parse(holder.Dataset, builtIn, diagnostics);
        return (diagnostics.HasErrors ? null : scenario, diagnostics.Items, builtIn.Name);
    }

    /// <summary>Checks runs and seed; queues the run; null when the queue is full.</summary>
    public Job? Start(Scenario scenario, string label, int runs, int seed, bool allNodes)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (runs < 1 || runs > options.MaxRuns) throw new BadInputException("runs", $"runs {runs} is out of range; expected 1 to {options.MaxRuns}");
        var dataset = holder.Dataset;
        var summary = string.Create(CultureInfo.InvariantCulture, $"simulate {label}: {runs} run(s), seed {seed}");
        return jobs.TryEnqueue("simulation", summary, (job, cancel) =>
        {
            var compiled = NetworkCompiler.Compile(dataset, scenario);
            var progress = new RunProgress(job, runs);
            var run = new SimulationOptions(runs, seed, Environment.ProcessorCount, allNodes, progress);
            CheckMemory(compiled, run, allNodes ? "ask for fewer runs or without all_nodes" : "ask for fewer runs");
            var result = Simulator.Run(compiled, run);
            job.Payload = result;
            return Task.FromResult<JsonNode>(SimulationJson.Build(result));
        });
    }

    /// <summary>Queues a back-test of the scenario against the dataset's observed record; null when the queue is full.</summary>
    public Job? StartBacktest(Scenario scenario, string label, int runs, int seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (runs < 1 || runs > options.MaxRuns) throw new BadInputException("runs", $"runs {runs} is out of range; expected 1 to {options.MaxRuns}");
        var dataset = holder.Dataset;
        if (dataset.Tables.ObservedFlows.Count == 0 && dataset.Tables.ObservedEvents.Count == 0)
            throw new BadInputException("scenario", "the dataset has no observed record; expected observed/flows.csv or observed/events.csv");
        var summary = string.Create(CultureInfo.InvariantCulture, $"backtest {label}: {runs} run(s), seed {seed}");
        return jobs.TryEnqueue("backtest", summary, (job, cancel) =>
        {
            var compiled = NetworkCompiler.Compile(dataset, scenario);
            var run = new SimulationOptions(runs, seed, Environment.ProcessorCount, Progress: new RunProgress(job, runs), Flows: true);
            CheckMemory(compiled, run, "ask for fewer runs");
            var simulated = Simulator.Run(compiled, run);
            var result = Backtester.Compare(dataset, scenario, simulated);
            job.Payload = result;
            return Task.FromResult<JsonNode>(BacktestJson.Build(result));
        });
    }

    // The CLI's memory budget, applied to every job before it allocates its runs.
    private static void CheckMemory(CompiledScenario compiled, SimulationOptions run, string howToLower)
    {
        if (MemoryBudget.Refusal(MemoryBudget.SimulationBytes(compiled, run), MemoryBudget.LimitBytes(), $"this job ({run.Runs} runs)", howToLower) is { } refusal)
            throw new JobInputException(refusal);
    }

    private sealed class RunProgress(Job job, int runs) : IProgress<int>
    {
        public void Report(int value) => job.Report((double)value / runs);
    }
}
