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
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var scenarioArg = new Argument<string>("SCENARIO") { Description = "A scenario file (YAML) or a built-in scenario name", DefaultValueFactory = _ => "replay-2025" };
        var runs = new Option<int>("--runs") { Description = "Number of runs; more than 1 compares the median of Monte Carlo draws", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = "Seed of the Monte Carlo draws", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Write backtest.json and plots (observed vs modelled index per flow, event timeline; PNG and SVG) into DIR", HelpName = "DIR" };
        var observed = ObservedFlowsOption.Create();
        var command = new Command("backtest", "Compare a scenario's modelled flows, output and shortfalls with the observed record (observed/flows.csv, output.csv, events.csv)")
        {
            scenarioArg, runs, seed, threads, outDir, observed,
        };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var options = new SimulationOptions(parse.GetValue(runs), parse.GetValue(seed), parse.GetValue(threads), Flows: true);
            if (options.Runs is < 1 or > SimulationOptions.MaxRuns) throw CliException.Usage($"--runs {options.Runs} is out of range; expected 1 to {SimulationOptions.MaxRuns}");
            if (options.Threads is < 1 or > SimulateHandler.MaxThreads) throw CliException.Usage($"--threads {options.Threads} is out of range; expected 1 to {SimulateHandler.MaxThreads}");
            var session = ctx.Session();
            var dataset = session.Dataset;
            if (dataset.Tables.ObservedFlows.Count == 0 && dataset.Tables.ObservedEvents.Count == 0)
                throw CliException.InvalidData("the dataset has no observed record; expected observed/flows.csv or observed/events.csv");
            var (replay, scenario, observedNotes) = ObservedFlowsHandler.Apply(session, SimulateCommand.Load(ctx, session, parse.GetValue(scenarioArg)), parse.GetValue(observed));
            var compiled = NetworkCompiler.Compile(replay.Dataset, scenario);
            // simulate's budget (issue 23 §8: a back-test of 100 runs took 1.6 GB unchecked).
            if (Chokepoint.Simulation.MemoryBudget.Refusal(Chokepoint.Simulation.MemoryBudget.SimulationBytes(compiled, options), Chokepoint.Simulation.MemoryBudget.LimitBytes(),
                    $"a back-test of {options.Runs:N0} run(s) of '{scenario.Name}'", "lower --runs or --threads") is { } refusal)
                throw CliException.Usage(refusal);
            var answer = BacktestHandler.Run(replay.Dataset, scenario, compiled, options, observedNotes, (o, probe) => ProgressDisplay.Run(ctx, o, p => Simulator.Run(compiled, p, probe)));
            var (result, json) = (answer.Result, answer.Json);
            ctx.Render.Write(json, [FlowTable(result), OutputTable(result), EventTable(result), .. answer.PriceTable is { } q ? [q] : Array.Empty<Table>()]);
            if (parse.GetValue(outDir) is { } dir)
            {
                // Staged and swapped in whole, with the guards of simulate --out (issue 23 §8).
                IReadOnlyList<string> plots = [];
                string written;
                try
                {
                    written = OutputFolder.Write(dir.FullName, [".json", ".png", ".svg"], staging =>
                    {
                        File.WriteAllText(Path.Combine(staging, "backtest.json"), json.ToJsonString(Renderer.Json) + "\n");
                        plots = BacktestPlots.Write(staging, result);
                    });
                }
                catch (OutputFolderException ex) { throw CliException.Usage(ex.Message); }
                ctx.Err.WriteLine($"Wrote backtest.json{string.Concat(plots.Select(p => ", " + p))} to {written}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Table FlowTable(BacktestResult r)
    {
        var table = new Table($"{r.Scenario}: observed and modelled flows (index: 1 = mean of the months before the first measure on the flow)",
            "item", "from", "to", "month", "fitted", "observed", "modelled", "difference");
        table.Numeric(5, 6, 7);
        foreach (var f in r.Flows)
            table.Add(f.Item, f.Exporter, f.Importer, f.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), f.Fitted ? "fitted" : "test", Idx(f.ObservedIndex), Idx(f.ModelledIndex),
                f.ObservedIndex is { } o && f.ModelledIndex is { } m ? (m - o).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "-");
        table.Note("Observed: customs exports (observed/flows.csv). Modelled: flow leaving the exporter's border, summed over the month" + (r.Runs > 1 ? $" (median of {r.Runs} runs)." : "."));
        table.Note(r.FittedUntil is { } u
            ? $"fitted: the month ends on or before {Format.Date(u)}, the cut-off the registry's phases were fitted to ('chokepoint calibrate'); test: later months."
            : "No phase of the scenario's measures is fitted ('chokepoint calibrate'): every month is a test month.");
        foreach (var n in r.Notes) table.Note(n);
        return table;
    }

    private static Table OutputTable(BacktestResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        var table = new Table($"{r.Scenario}: observed output change and modelled lost output (percentage points)",
            "country", "products", "month", "fitted", "observed change %", "observed loss", "modelled loss", "error");
        table.Numeric(4, 5, 6, 7);
        foreach (var o in r.Outputs)
            table.Add(o.Country, o.Products, o.Month.ToString("yyyy-MM", inv), o.Fitted ? "fitted" : "test", Pp(o.ObservedChangePct), Pp(o.ObservedLossPct), Pp(o.ModelledLossPct),
                o.ObservedLossPct is { } ob && o.ModelledLossPct is { } mo ? (mo - ob).ToString("+0.0;-0.0;0.0", inv) : "-");
        table.Note("Observed (observed/output.csv): the published change from the same month a year before; loss = max(0, -change), an upper bound of the controls' effect.");
        table.Note("Modelled: 1 - the month's mean output fraction of the products made in the country" + (r.Runs > 1 ? $" (median series of {r.Runs} runs)." : "."));
        table.Note($"Magnitude: mean |error| {(r.Score.MagnitudeMaePp is { } m ? m.ToString("0.0", inv) + " pp" : "-")} over {r.Score.MagnitudeMonths} month(s).");
        return table;
    }

    private static string Pp(double? v) => v is { } x ? x.ToString("0.0", CultureInfo.InvariantCulture) : "-";

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
                   $"flow mean |error| {Idx3(s.FlowMeanAbsError)} (fitted months {Idx3(s.FlowMeanAbsErrorFitted)}, later months {Idx3(s.FlowMeanAbsErrorAfter)}; index points); " +
                   $"magnitude mean |error| {(s.MagnitudeMaePp is { } mp ? mp.ToString("0.0", CultureInfo.InvariantCulture) + " pp" : "-")}.");
        return table;
    }

    private static string Idx3(double? v) => v is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static string Idx(double? v) => v is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}
