using System.Globalization;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Contracts;
using Chokepoint.Model;
using Chokepoint.Simulation.Mitigation;
using Chokepoint.Application.Prices;

namespace Chokepoint.Application.Handlers;

/// <summary>mitigate: the smallest stockpile that keeps the target's demand met, other suppliers and their capacity, substitutes.</summary>
public static class MitigateHandler
{
    /// <summary>Runs the request (a scenario file only when <paramref name="files"/>).</summary>
    public static Answer<MitigationJson> Handle(Session s, MitigateRequest r, bool files = true)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(r);
        var dataset = s.Dataset;
        var t = Resolve.Country(dataset, r.Target, s.P("target"));
        var p = string.IsNullOrWhiteSpace(r.Product) ? null : Resolve.Item(dataset, r.Product, s.P("product"), "product").Id;
        if (!double.IsFinite(r.Percentile) || r.Percentile is <= 0 or > 100)
            throw new RequestException(s.P("percentile"), $"{s.P("percentile")} {r.Percentile.ToString(CultureInfo.InvariantCulture)} is out of range; expected a number above 0 and at most 100");
        Resolve.Range(r.Runs, s.P("runs"), 1, 10_000);
        Resolve.Range(r.Threads, s.P("threads"), 1, int.MaxValue);
        var loaded = ScenarioLoader.Load(s, r.Scenario, s.Arg("SCENARIO", "scenario"), files);
        var by = Resolve.OptionalDate(r.CloseBy, s.P("close-by"));
        MitigationResult result;
        try
        {
            result = MitigationAnalysis.Run(dataset, loaded.Scenario, t, p, new MitigationOptions(r.Percentile, r.Runs, r.Seed, r.Threads, by));
        }
        catch (ArgumentException ex) when (ex.ParamName == "target")
        {
            throw new RequestException(s.P("target"), ex.Message.Split(" (Parameter", StringSplitOptions.None)[0] + "; expected a target with demand.csv rows the scenario follows");
        }
        var prices = StockpilePrices.Of(dataset, loaded.Scenario, result.Stockpile.Lines.Select(l => l.Item));
        return new(Json(r.Scenario!.Trim(), result, prices), Tables(result, prices));
    }

    /// <summary>The contract of a mitigation result.</summary>
    /// <param name="prices">Prices of the stockpiled items where they would be bought (<see cref="StockpilePrices"/>); null values them at unit_values.csv.</param>
    public static MitigationJson Json(string scenario, MitigationResult r, IReadOnlyDictionary<string, StockpilePrice>? prices = null)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(scenario, r.Target, r.Percentile,
            r.Stockpile.Lines.Select(l => Line(l, prices?.GetValueOrDefault(l.Item))).ToList(),
            r.Suppliers.Select(x => new SupplierJson(x.Item, x.Country, Math.Round(x.SharePct, 2), x.SpareCapacityPerYear is { } c ? Math.Round(c, 1) : null,
                x.ExpansionDays, x.GapClosedBy is { } d ? Format.Date(d) : null)).ToList(),
            r.Substitutes.Select(x => new SubstituteJson(x.Product, x.Input, x.Alternative, x.SwitchDays, x.Penalty)).ToList(),
            r.Stockpile.Achieved, r.Stockpile.BaselineTtsDays,
            r.Gaps.Select(g => new GapJson(g.Item, g.Unit, Math.Round(g.GapPerYear, 1), Math.Round(g.SparePerYear, 1), g.ClosedBy is { } d ? Format.Date(d) : null,
                Format.Date(g.By), Math.Round(g.ExtraCapacityPerYear, 1))).ToList());
    }

    private static StockpileLineJson Line(StockpileLine l, StockpilePrice? p)
    {
        if (p is null) return new StockpileLineJson(l.Item, l.DaysOfCover, Math.Round(l.Quantity, 3), l.Unit, l.ValueUsd is { } v ? Math.Round(v) : null);
        return new StockpileLineJson(l.Item, l.DaysOfCover, Math.Round(l.Quantity, 3), l.Unit, p.UsdPerUnitBefore is { } b ? Math.Round(b * l.Quantity) : null,
            p.UsdPerUnitBefore is { } ub ? Math.Round(ub, 4) : null, p.UsdPerUnitDuring is { } ud ? Math.Round(ud, 4) : null,
            p.UsdPerUnitDuring is { } d ? Math.Round(d * l.Quantity) : null, p.Basis);
    }

    /// <summary>The three tables: stockpile, other suppliers (with the gaps as notes), substitutes.</summary>
    /// <param name="prices">As in <see cref="Json"/>.</param>
    public static IReadOnlyList<Table> Tables(MitigationResult r, IReadOnlyDictionary<string, StockpilePrice>? prices = null)
    {
        ArgumentNullException.ThrowIfNull(r);
        var who = r.Product is null ? $"{r.Target}'s demand" : $"{r.Target}'s demand for {r.Product}";
        var pct = r.Percentile.ToString("0.#", CultureInfo.InvariantCulture);
        var stock = prices is null
            ? new Table($"Stockpile: extra cover that keeps {who} met for {r.HorizonDays} days in {pct}% of {r.Runs} runs (computed)",
                "item", "days of cover", "quantity", "unit", "value $").Kinds(CellKind.Item, 0).Numeric(1, 2, 4)
            : new Table($"Stockpile: extra cover that keeps {who} met for {r.HorizonDays} days in {pct}% of {r.Runs} runs (computed)",
                "item", "days of cover", "quantity", "unit", "value $ before", "value $ during").Kinds(CellKind.Item, 0).Numeric(1, 2, 4, 5);
        foreach (var l in r.Stockpile.Lines)
        {
            if (prices?.GetValueOrDefault(l.Item) is not { } p)
            {
                stock.Add(l.Item, Format.Int(l.DaysOfCover), Format.Quantity(l.Quantity), l.Unit, l.ValueUsd is { } v ? Format.Usd(v) : "no unit value");
                continue;
            }
            stock.Add(l.Item, Format.Int(l.DaysOfCover), Format.Quantity(l.Quantity), l.Unit,
                p.UsdPerUnitBefore is { } b ? Format.Usd(b * l.Quantity) : "no price", p.UsdPerUnitDuring is { } d ? Format.Usd(d * l.Quantity) : "no price");
            stock.Note($"{l.Item}: {(p.UsdPerUnitBefore is { } ub ? Format.Number(Math.Round(ub, 2)) : "-")} $/{l.Unit} before, {(p.UsdPerUnitDuring is { } ud ? Format.Number(Math.Round(ud, 2)) : "-")} $/{l.Unit} during — {p.Basis}.");
        }
        stock.Note(r.Stockpile.BaselineTtsDays >= r.HorizonDays
            ? "No stockpile needed: demand is met through the horizon without extra cover."
            : r.Stockpile.Achieved
                ? $"Without extra cover demand first falls short on day {r.Stockpile.BaselineTtsDays} (in {pct}% of runs). {TotalNote(r, prices)}"
                : $"No stockpile held in {r.Target} keeps demand met: the shortfall arises outside it (e.g. in imported products). Demand first falls short on day {r.Stockpile.BaselineTtsDays}.");
        stock.Note("Search: cheapest cover per day first, drop what the others make unnecessary, then the fewest days per item (docs/model.md, 'Stockpile search').");
        var sup = new Table("Other suppliers of the restricted items (production.csv shares; spare capacity and expansion days from expansion.csv)",
            "item", "country", "share %", "spare capacity /yr", "expansion days", "gap closed by").Kinds(CellKind.Item, 0).Kinds(CellKind.Id, 1, 5).Numeric(2, 3, 4);
        foreach (var x in r.Suppliers)
            sup.Add(x.Item, x.Country, Format.Pct(x.SharePct), x.SpareCapacityPerYear is { } c ? Format.Quantity(c) : "-",
                x.ExpansionDays is { } e ? Format.Number(e) : "-", x.GapClosedBy is { } d ? Format.Date(d) : "never");
        foreach (var g in r.Gaps)
            sup.Note($"{g.Item}: {r.Target} loses {Format.Quantity(g.GapPerYear)} {g.Unit}/yr; spare capacity {Format.Quantity(g.SparePerYear)} {g.Unit}/yr; "
                + (g.ExtraCapacityPerYear > 0 ? $"closing it by {Format.Date(g.By)} needs {Format.Quantity(g.ExtraCapacityPerYear)} {g.Unit}/yr of extra capacity (computed)." : $"closed by {Format.Date(g.By)} at the assumed build-up."));
        var sub = new Table("Substitutes: alternatives in the recipes that are more available than the input in use (recipes.csv groups)",
            "product", "input", "alternative", "switch days", "penalty", "available %", "source").Kinds(CellKind.Item, 0, 1, 2).Numeric(3, 4, 5);
        foreach (var x in r.Substitutes)
            sub.Add(x.Product, x.Input, x.Alternative, Format.Number(x.SwitchDays), x.Penalty.ToString("0.00", CultureInfo.InvariantCulture), Format.Pct(x.AvailablePct), x.Source);
        if (r.Substitutes.Count == 0) sub.Note("No alternative of the target's inputs is more available than the input in use under these measures.");
        return [stock, sup, sub];
    }

    private static string TotalNote(MitigationResult r, IReadOnlyDictionary<string, StockpilePrice>? prices)
    {
        if (prices is null) return $"Total value {Format.Usd(r.Stockpile.Lines.Sum(l => l.ValueUsd ?? 0))} $ at the unit values of unit_values.csv.";
        var before = r.Stockpile.Lines.Sum(l => (prices.GetValueOrDefault(l.Item)?.UsdPerUnitBefore ?? 0) * l.Quantity);
        var during = r.Stockpile.Lines.Sum(l => (prices.GetValueOrDefault(l.Item)?.UsdPerUnitDuring ?? 0) * l.Quantity);
        return $"Total value {Format.Usd(before)} $ bought before the crisis, {Format.Usd(during)} $ bought at its peak, in the market outside the issuer (computed).";
    }
}
