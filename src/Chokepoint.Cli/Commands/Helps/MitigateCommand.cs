using System.CommandLine;
using System.Globalization;
using Chokepoint.Cli.Commands.Simulation;
using Chokepoint.Cli.Infrastructure;
using Chokepoint.Model;
using Chokepoint.Simulation.Mitigation;

namespace Chokepoint.Cli.Commands.Helps;

/// <summary>mitigate SCENARIO --target C: stockpile, other suppliers and substitutes.</summary>
internal static class MitigateCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var scenarioArg = new Argument<string>("SCENARIO") { Description = "A scenario file (YAML) or the name of a built-in scenario" };
        var target = new Option<string>("--target") { Description = "Country whose demand must be met (ISO3)", Required = true };
        var product = new Option<string?>("--product") { Description = "Only this product's demand in the target" };
        var percentile = new Option<double>("--percentile") { Description = "Share of Monte Carlo runs (%) in which demand must be met through the horizon", DefaultValueFactory = _ => 95 };
        var runs = new Option<int>("--runs") { Description = "Monte Carlo runs per evaluation of a stockpile (1 = the scenario as written)", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "Seed of the Monte Carlo draws", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var closeBy = new Option<string?>("--close-by") { Description = "Date by which other suppliers should close each gap (default: one year after the start)", HelpName = "DATE" };
        var command = new Command("mitigate", "What helps under a scenario: the smallest stockpile that keeps the target's demand met, other suppliers and their capacity, substitutes")
        {
            scenarioArg, target, product, percentile, runs, seed, threads, closeBy,
        };
        command.SetAction(parse =>
        {
            var ctx = context(parse);
            var dataset = ctx.LoadDataset();
            var t = AnalysisOptions.RequireCountry(dataset, parse.GetValue(target)!, "--target");
            var p = parse.GetValue(product) is { } pp ? AnalysisOptions.RequireItem(dataset, pp, "product").Id : null;
            var pct = parse.GetValue(percentile);
            if (!double.IsFinite(pct) || pct is <= 0 or > 100) throw CliException.Usage($"--percentile {pct} is out of range; expected a number above 0 and at most 100");
            var n = parse.GetValue(runs);
            if (n is < 1 or > 10_000) throw CliException.Usage($"--runs {n} is out of range; expected 1 to 10000");
            var th = parse.GetValue(threads);
            if (th < 1) throw CliException.Usage($"--threads {th} is out of range; expected at least 1");
            var name = parse.GetValue(scenarioArg)!;
            var scenario = SimulateCommand.Load(ctx, dataset, name);
            var by = parse.GetValue(closeBy) is { } c ? Format.ParseDate(c, "--close-by") : (DateOnly?)null;
            MitigationResult result;
            try
            {
                result = MitigationAnalysis.Run(dataset, scenario, t, p, new MitigationOptions(pct, n, parse.GetValue(seed), th, by));
            }
            catch (ArgumentException ex) when (ex.ParamName == "target")
            {
                throw CliException.Usage(ex.Message.Split(" (Parameter", StringSplitOptions.None)[0] + "; expected a target with demand.csv rows the scenario follows");
            }
            ctx.Render.Write(Json(name, result), Tables(dataset, result));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static object Json(string scenario, MitigationResult r) => new
    {
        scenario, target = r.Target, percentile = r.Percentile,
        stockpile = r.Stockpile.Lines.Select(l => new
        {
            item = l.Item, days_of_cover = l.DaysOfCover, quantity = Math.Round(l.Quantity, 3), unit = l.Unit,
            value_usd = l.ValueUsd is { } v ? Math.Round(v) : (double?)null,
        }).ToList(),
        suppliers = r.Suppliers.Select(s => new
        {
            item = s.Item, country = s.Country, share_pct = Math.Round(s.SharePct, 2),
            spare_capacity = s.SpareCapacityPerYear is { } x ? Math.Round(x, 1) : (double?)null,
            expansion = s.ExpansionDays, gap_closed_by = s.GapClosedBy is { } d ? Format.Date(d) : null,
        }).ToList(),
        substitutes = r.Substitutes.Select(s => new { product = s.Product, input = s.Input, alternative = s.Alternative, switch_days = s.SwitchDays, penalty = s.Penalty }).ToList(),
        stockpile_achieved = r.Stockpile.Achieved,
        baseline_tts_days = r.Stockpile.BaselineTtsDays,
        gaps = r.Gaps.Select(g => new
        {
            item = g.Item, unit = g.Unit, gap_per_year = Math.Round(g.GapPerYear, 1), spare_per_year = Math.Round(g.SparePerYear, 1),
            closed_by = g.ClosedBy is { } d ? Format.Date(d) : null, by = Format.Date(g.By), extra_capacity_per_year = Math.Round(g.ExtraCapacityPerYear, 1),
        }).ToList(),
    };

    public static TableModel[] Tables(Dataset dataset, MitigationResult r)
    {
        var who = r.Product is null ? $"{r.Target}'s demand" : $"{r.Target}'s demand for {r.Product}";
        var stock = new TableModel($"Stockpile: extra cover that keeps {who} met for {r.HorizonDays} days in {r.Percentile:0.#}% of {r.Runs} runs (computed)",
            "item", "days of cover", "quantity", "unit", "value $");
        stock.Numeric(1, 2, 4);
        foreach (var l in r.Stockpile.Lines)
            stock.Add(l.Item, Format.Int(l.DaysOfCover), Format.Number(l.Quantity), l.Unit, l.ValueUsd is { } v ? LeverageCommand.Usd(v) : "no unit value");
        stock.Note(r.Stockpile.BaselineTtsDays >= r.HorizonDays
            ? "No stockpile needed: demand is met through the horizon without extra cover."
            : r.Stockpile.Achieved
                ? $"Without extra cover demand first falls short on day {r.Stockpile.BaselineTtsDays} (in {r.Percentile:0.#}% of runs). Total value {LeverageCommand.Usd(r.Stockpile.Lines.Sum(l => l.ValueUsd ?? 0))} $ at the unit values of unit_values.csv."
                : $"No stockpile held in {r.Target} keeps demand met: the shortfall arises outside it (e.g. in imported products). Demand first falls short on day {r.Stockpile.BaselineTtsDays}.");
        stock.Note("Search: cheapest cover per day first, drop what the others make unnecessary, then the fewest days per item (docs/model.md, 'Stockpile search').");
        var sup = new TableModel("Other suppliers of the restricted items (production.csv shares; spare capacity and expansion days from expansion.csv)",
            "item", "country", "share %", "spare capacity /yr", "expansion days", "gap closed by");
        sup.Numeric(2, 3, 4);
        foreach (var s in r.Suppliers)
            sup.Add(s.Item, s.Country, Format.Pct(s.SharePct), s.SpareCapacityPerYear is { } x ? Format.Number(x) : "-",
                s.ExpansionDays is { } e ? Format.Number(e) : "-", s.GapClosedBy is { } d ? Format.Date(d) : "never");
        foreach (var g in r.Gaps)
            sup.Note($"{g.Item}: {r.Target} loses {Format.Number(g.GapPerYear)} {g.Unit}/yr; spare capacity {Format.Number(g.SparePerYear)} {g.Unit}/yr; "
                + (g.ExtraCapacityPerYear > 0 ? $"closing it by {Format.Date(g.By)} needs {Format.Number(g.ExtraCapacityPerYear)} {g.Unit}/yr of extra capacity (computed)." : $"closed by {Format.Date(g.By)} at the assumed build-up."));
        var sub = new TableModel("Substitutes: alternatives in the recipes that are more available than the input in use (recipes.csv groups)",
            "product", "input", "alternative", "switch days", "penalty", "available %", "source");
        sub.Numeric(3, 4, 5);
        foreach (var s in r.Substitutes)
            sub.Add(s.Product, s.Input, s.Alternative, Format.Number(s.SwitchDays), s.Penalty.ToString("0.00", CultureInfo.InvariantCulture), Format.Pct(s.AvailablePct), s.Source);
        if (r.Substitutes.Count == 0) sub.Note("No alternative of the target's inputs is more available than the input in use under these measures.");
        return [stock, sup, sub];
    }
}
