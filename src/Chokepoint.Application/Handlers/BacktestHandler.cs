using System.Text.Json.Nodes;
using Chokepoint.Application.Prices;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Simulation.Backtest;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Prices;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Application.Handlers;

/// <summary>backtest and the web's back-test job: the scenario's runs compared with the observed record, with the price back-test when the price model can be fitted.</summary>
public static class BacktestHandler
{
    /// <summary>Runs the compiled scenario with <paramref name="options"/> (checked by the caller, memory budget included) and compares it with the observed record of <paramref name="dataset"/>.</summary>
    /// <param name="notes">Notes of the caller (e.g. observed flows applied), put first among the result's notes.</param>
    /// <param name="run">Runs the simulation (a surface may wrap it in its progress display); receives the options and the price probe.</param>
    public static BacktestAnswer Run(Dataset dataset, Scenario scenario, CompiledScenario compiled, SimulationOptions options, IReadOnlyList<string> notes,
        Func<SimulationOptions, PriceProbe?, SimulationResult> run)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(run);
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
