using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Simulation.Scenarios;
using Chokepoint.Simulation;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Calibration;
using Chokepoint.Simulation.Prices;
using Chokepoint.Application.Prices;
using System.Text.Json;

namespace Chokepoint.Application.Handlers;

/// <summary>simulate: compile the network under a scenario and run it once or as Monte Carlo.</summary>
public static class SimulateHandler
{
    /// <summary>Most worker threads one run may ask for.</summary>
    public const int MaxThreads = 256;

    /// <summary>Checks the settings of a run against <paramref name="maxRuns"/>; the options to run with.</summary>
    public static SimulationOptions Options(Session s, SimulateRequest r, int maxRuns = SimulationOptions.MaxRuns, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(r);
        Resolve.Range(r.Runs, s.P("runs"), 1, maxRuns);
        Resolve.Range(r.Threads, s.P("threads"), 1, MaxThreads);
        return new SimulationOptions(r.Runs, r.Seed, r.Threads, r.AllNodes, progress, r.Flows);
    }

    /// <summary>Runs <paramref name="scenario"/> with checked <paramref name="options"/>; refuses a run that would not fit in memory.</summary>
    public static SimulateAnswer Run(Session s, Scenario scenario, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var compiled = NetworkCompiler.Compile(s.Dataset, scenario);
        if (MemoryBudget.Refusal(MemoryBudget.SimulationBytes(compiled, options), MemoryBudget.LimitBytes(), $"{options.Runs:N0} run(s) of '{scenario.Name}'", $"lower {s.P("runs")} (or leave out {s.P("all-nodes")})") is { } refusal)
            throw new RequestException(s.P("runs"), refusal);
        var probe = PriceRuns.Probe(s.Dataset, compiled, options.Runs, options.Flows);
        var result = Simulator.Run(compiled, options, probe);
        var answer = new SimulateAnswer(result, SimulationJson.Build(result), Table(result, options.AllNodes));
        // The run as written: the simulation's own when it was one run, else one more.
        if (!options.AllNodes && ShortComponentsNote(result.ComponentsShort ?? ShortComponents.Of(compiled), scenario.Start) is { } note) answer.Table.Note(note);
        return probe is null ? answer : WithPrices(s, scenario, probe, answer);
    }

    /// <summary>
    /// "Components that fell short …": each component with the countries whose makers fell short, from which day, and the
    /// lowest output, in the run as written; null when none. The table lists products only unless --all-nodes.
    /// </summary>
    public static string? ShortComponentsNote(IReadOnlyList<ShortComponent> components, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (components.Count == 0) return null;
        var parts = components.GroupBy(c => c.Item).Select(g =>
            $"{g.Key} in {string.Join(", ", g.GroupBy(c => c.TtsDay).Select(d => $"{Format.List(d.Select(c => c.Country).Distinct())} from {Format.Date(start.AddDays(d.Key))}"))} (lowest {g.Min(c => c.MinOutputFraction).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)})");
        return $"Components that fell short in the run as written (not in the table, which lists products; --all-nodes lists every node): {string.Join("; ", parts)}.";
    }

    /// <summary>Adds the price paths of the probed items (JSON <c>prices</c>, a note on the table) when the model can be fitted.</summary>
    private static SimulateAnswer WithPrices(Session s, Scenario scenario, PriceProbe probe, SimulateAnswer answer)
    {
        if (PriceRuns.Fit(s.Dataset, Calibrator.DefaultUntil, out var why) is not { } parameters)
        {
            answer.Table.Note($"Prices not modelled: {why}.");
            return answer;
        }
        var outcome = PriceRuns.Paths(s.Dataset, scenario, probe, parameters);
        answer.Json["prices"] = JsonSerializer.SerializeToNode(outcome.Paths.Select(PriceContracts.Path).ToList(), ContractJsonContext.Default.ListPricePathJson);
        answer.Json["price_parameters"] = JsonSerializer.SerializeToNode(PriceContracts.Parameters(parameters), ContractJsonContext.Default.PriceParametersJson);
        answer.Table.Note($"Prices of {string.Join(", ", outcome.Paths.Select(p => p.Item).Distinct())} inside their largest producer and outside (USD/kg, monthly, median and p5–p95; computed): --format json (prices[]), --out DIR (prices.csv), or 'chokepoint prices ITEM'.");
        return answer with { Prices = outcome };
    }

    /// <summary>The table of the nodes that fell short, worst first, as every surface shows it.</summary>
    public static Table Table(SimulationResult r, bool allNodes)
    {
        ArgumentNullException.ThrowIfNull(r);
        var many = r.Runs > 1;
        var title = $"{r.Scenario}: {(allNodes ? "nodes" : "products")} that fell short — {r.HorizonDays} days from {Format.Date(r.Start)}" +
                    (many ? $", median (p5–p95) of {r.Runs} runs" : "");
        var table = new Table(title, "item", "country", "as", "TTS days", "TTR days", "lost output %", "min output").Kinds(CellKind.Item, 0).Kinds(CellKind.Id, 1).Numeric(3, 4, 5, 6);
        foreach (var o in r.Outcomes.Where(o => o.FellShort))
            table.Add(o.Label.Item, o.Label.Plant is { } plant ? $"{o.Label.Country} ({plant})" : o.Label.Country, Words.Meaning(o.Label.Kind), Words.Tts(o.TtsDays, many), Words.Ttr(o, many),
                Words.Range(o.LostOutputPct, "0.0", many), Words.Range(o.MinOutputFraction, "0.000", many));
        table.Note(Words.MadeInBoughtByLegend);
        if (r.Outcomes.Any(o => o.FellShort && o.Label.Plant is not null)) table.Note("A plant of plants.csv is shown in brackets after its country.");
        table.Note(Words.ShortfallLegend).WhenEmpty($"no {(allNodes ? "node" : "product")} fell short within the horizon.");
        table.Note("Lost output: shortfall over the horizon as % of baseline output. Output is relative to the baseline flows of the followed demand.");
        foreach (var note in r.Notes.Distinct()) table.Note("Assumed: " + note);
        return table;
    }
}
