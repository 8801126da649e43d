using System.Globalization;
using System.Text.Json.Nodes;
using Chokepoint.Application;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Inputs;
using Chokepoint.Contracts;
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

    private Session Session => new(holder.Dataset, DateOnly.FromDateTime(DateTime.UtcNow), Surface.Web);

    /// <summary>The built-in scenarios that parse, with their text.</summary>
    public IReadOnlyList<(ScenarioJson Json, string Yaml)> BuiltIns() =>
        ScenarioLoader.BuiltIns(holder.Dataset).Select(b => (ScenarioJson.Of(b.Name, b.Scenario), b.Yaml)).ToList();

    /// <summary>A built-in scenario by name or a YAML text; a scenario with errors is refused with its diagnostics (line and column).</summary>
    public LoadedScenario Parse(string? name, string? yaml)
    {
        if (!string.IsNullOrWhiteSpace(yaml))
        {
            if (yaml.Length > MaxYamlChars) throw new RequestException("yaml", $"the scenario YAML is {yaml.Length} characters long; expected at most {MaxYamlChars}");
            return ScenarioLoader.FromText(Session, yaml, "yaml");
        }
        if (string.IsNullOrWhiteSpace(name))
            throw new RequestException("scenario", "give scenario (the name of a built-in scenario) or yaml (a scenario text)");
        return ScenarioLoader.Load(Session, name, "scenario", files: false);
    }

    /// <summary>Checks runs and seed; queues the run; null when the queue is full.</summary>
    public Job? Start(Scenario scenario, string label, int runs, int seed, bool allNodes)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Resolve.Range(runs, "runs", 1, options.MaxRuns);
        var dataset = holder.Dataset;
        var summary = string.Create(CultureInfo.InvariantCulture, $"simulate {label}: {runs} run(s), seed {seed}");
        return jobs.TryEnqueue("simulation", summary, (job, cancel) =>
        {
            var progress = new RunProgress(job, runs);
            var run = new SimulationOptions(runs, seed, Environment.ProcessorCount, allNodes, progress);
            // The handler of 'chokepoint simulate' (memory budget included): the same runs, and the same price paths when the price model can be fitted.
            SimulateAnswer answer;
            try { answer = SimulateHandler.Run(new Session(dataset, DateOnly.FromDateTime(DateTime.UtcNow), Surface.Web), scenario, run); }
            catch (RequestException ex) { throw new JobInputException(ex.Message); }
            job.Payload = answer; // the stress page and the CSV endpoint read the runs and the price paths
            return Task.FromResult<JsonNode>(answer.Json);
        });
    }

    /// <summary>Queues a back-test of the scenario against the dataset's observed record; null when the queue is full.</summary>
    public Job? StartBacktest(Scenario scenario, string label, int runs, int seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Resolve.Range(runs, "runs", 1, options.MaxRuns);
        var dataset = holder.Dataset;
        if (dataset.Tables.ObservedFlows.Count == 0 && dataset.Tables.ObservedEvents.Count == 0)
            throw new RequestException("scenario", "the dataset has no observed record; expected observed/flows.csv or observed/events.csv");
        var summary = string.Create(CultureInfo.InvariantCulture, $"backtest {label}: {runs} run(s), seed {seed}");
        return jobs.TryEnqueue("backtest", summary, (job, cancel) =>
        {
            var compiled = NetworkCompiler.Compile(dataset, scenario);
            var run = new SimulationOptions(runs, seed, Environment.ProcessorCount, Progress: new RunProgress(job, runs), Flows: true);
            // The handler of 'chokepoint backtest' (memory budget included): the same comparison, with the price back-test when the price model can be fitted.
            BacktestAnswer answer;
            try { answer = BacktestHandler.Run(dataset, scenario, compiled, run, [], "ask for fewer runs", (o, probe) => Simulator.Run(compiled, o, probe)); }
            catch (RequestException ex) { throw new JobInputException(ex.Message); }
            job.Payload = answer.Result;
            return Task.FromResult<JsonNode>(answer.Json);
        });
    }

    private sealed class RunProgress(Job job, int runs) : IProgress<int>
    {
        public void Report(int value) => job.Report((double)value / runs);
    }
}
