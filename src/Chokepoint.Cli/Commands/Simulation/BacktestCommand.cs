using System.CommandLine;
using System.Globalization;
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
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var scenarioArg = new Argument<string>("SCENARIO") { Description = "A scenario file (YAML) or a built-in scenario name", DefaultValueFactory = _ => "replay-2025" };
        var runs = new Option<int>("--runs") { Description = "Number of runs; more than 1 compares the median of Monte Carlo draws", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = "Seed of the Monte Carlo draws", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Write backtest.json and plots (observed vs modelled index per flow, event timeline; PNG and SVG) into DIR", HelpName = "DIR" };
        var command = new Command("backtest", "Compare a scenario's modelled flows and shortfalls with the observed record (observed/flows.csv, observed/events.csv)")
        {
            scenarioArg, runs, seed, threads, outDir,
        };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var options = new SimulationOptions(parse.GetValue(runs), parse.GetValue(seed), parse.GetValue(threads), Flows: true);
            if (options.Runs is < 1 or > SimulationOptions.MaxRuns) throw CliException.Usage($"--runs {options.Runs} is out of range; expected 1 to {SimulationOptions.MaxRuns}");
            if (options.Threads < 1) throw CliException.Usage($"--threads {options.Threads} is out of range; expected at least 1");
            var session = ctx.Session();
            var dataset = session.Dataset;
            if (dataset.Tables.ObservedFlows.Count == 0 && dataset.Tables.ObservedEvents.Count == 0)
                throw CliException.InvalidData("the dataset has no observed record; expected observed/flows.csv or observed/events.csv");
            var scenario = SimulateCommand.Load(ctx, session, parse.GetValue(scenarioArg));
            var compiled = NetworkCompiler.Compile(dataset, scenario);
            var simulated = ProgressDisplay.Run(ctx, options, o => Simulator.Run(compiled, o));
            var result = Backtester.Compare(dataset, scenario, simulated);
            var json = BacktestJson.Build(result);
            ctx.Render.Write(json, FlowTable(result), EventTable(result));
            if (parse.GetValue(outDir) is { } dir)
            {
                Directory.CreateDirectory(dir.FullName);
                File.WriteAllText(Path.Combine(dir.FullName, "backtest.json"), json.ToJsonString(Renderer.Json) + "\n");
                var plots = BacktestPlots.Write(dir.FullName, result);
                ctx.Err.WriteLine($"Wrote backtest.json{string.Concat(plots.Select(p => ", " + p))} to {dir.FullName}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Table FlowTable(BacktestResult r)
    {
        var table = new Table($"{r.Scenario}: observed and modelled flows (index: 1 = mean of the months before the first measure on the flow)",
            "item", "from", "to", "month", "observed", "modelled", "difference");
        table.Numeric(4, 5, 6);
        foreach (var f in r.Flows)
            table.Add(f.Item, f.Exporter, f.Importer, f.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), Idx(f.ObservedIndex), Idx(f.ModelledIndex),
                f.ObservedIndex is { } o && f.ModelledIndex is { } m ? (m - o).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "-");
        table.Note("Observed: customs exports (observed/flows.csv). Modelled: flow leaving the exporter's border, summed over the month" + (r.Runs > 1 ? $" (median of {r.Runs} runs)." : "."));
        foreach (var n in r.Notes) table.Note(n);
        return table;
    }

    private static Table EventTable(BacktestResult r)
    {
        var s = r.Score;
        var table = new Table($"{r.Scenario}: observed events and the model's dates (hit: within ±{Backtester.HitWindowDays} days)",
            "date", "country", "product", "event", "firm", "modelled", "error days", "hit");
        table.Numeric(6);
        foreach (var e in r.Events)
            table.Add(e.Date, e.Country, e.Product, e.Event, e.Firm, e.ModelledDate is { } d ? Format.Date(d) : "none",
                e.ErrorDays is { } x ? x.ToString("+0;-0;0", CultureInfo.InvariantCulture) : "-", e.Hit is { } h ? (h ? "yes" : "no") : "not scored");
        table.Note("Modelled: TTS of the makers in the country for 'short' (warned: shown, not scored); first return to >= 99.5% of baseline after it for 'resumed'.");
        table.Note($"Score: {s.EventsHit} of {s.EventsTotal} events hit; median |error| {(s.MedianAbsErrorDays is { } md ? md.ToString("0.#", CultureInfo.InvariantCulture) + " days" : "-")}; " +
                   $"flow mean |error| {(s.FlowMeanAbsError is { } fe ? fe.ToString("0.000", CultureInfo.InvariantCulture) : "-")} (index points).");
        return table;
    }

    private static string Idx(double? v) => v is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}
