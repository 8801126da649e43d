using System.Text.Json.Nodes;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Prices;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Simulation;
using Chokepoint.Simulation.Backtest;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Prices;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Application.Handlers;

/// <summary>backtest and the web's back-test job: the scenario's runs compared with the observed record, with the price back-test when the price model can be fitted.</summary>
public static class BacktestHandler
{
    /// <summary>
    /// Runs the compiled scenario with <paramref name="options"/> (runs and threads checked by the caller) and compares it
    /// with the observed record of <paramref name="dataset"/>; refuses, before the runs are allocated, a back-test that
    /// would not fit in memory (simulate's budget; issue 23 §8: a back-test of 100 runs took 1.6 GB unchecked).
    /// </summary>
    /// <param name="notes">Notes of the caller (e.g. observed flows applied), put first among the result's notes.</param>
    /// <param name="howToLower">What the refusal tells the user to do, in the surface's words ("lower --runs or --threads").</param>
    /// <param name="run">Runs the simulation (a surface may wrap it in its progress display); receives the options and the price probe.</param>
    public static BacktestAnswer Run(Dataset dataset, Scenario scenario, CompiledScenario compiled, SimulationOptions options, IReadOnlyList<string> notes,
        string howToLower, Func<SimulationOptions, PriceProbe?, SimulationResult> run)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(run);
        if (MemoryBudget.Refusal(MemoryBudget.SimulationBytes(compiled, options), MemoryBudget.LimitBytes(), $"a back-test of {options.Runs:N0} run(s) of '{scenario.Name}'", howToLower) is { } refusal)
            throw new RequestException(refusal);
        var probe = PriceRuns.Probe(dataset, compiled, options.Runs, allFlows: true);
        var simulated = run(options, probe);
        var prices = probe is null ? null : PriceBacktest.Score(dataset, scenario, probe);
        var compared = Backtester.Compare(dataset, scenario, simulated);
        var result = compared with { Notes = [.. notes, .. compared.Notes] };
        var json = BacktestJson.Build(result);
        if (prices is { } p) json["prices"] = p.Json;
        return new BacktestAnswer(result, json, prices?.Table);
    }
}
