using System.Globalization;
using Chokepoint.Analysis.Leverage;
using Chokepoint.Model;

namespace Chokepoint.Application.Wording;

/// <summary>
/// The explanatory notes of a leverage table, written once for every surface: the CLI table, the report's
/// Leverage section and the web page show these lines.
/// </summary>
public static class LeverageNotes
{
    /// <summary>Rows the table shows: those with a modelled effect on either side.</summary>
    public static IEnumerable<LeverageRow> Shown(IReadOnlyList<LeverageRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Where(r => r.TargetLossUsd > 0 || r.IssuerForgoneUsd > 0);
    }

    /// <summary>
    /// What the columns mean and what the figures leave out, for <paramref name="rows"/> of <paramref name="issuer"/> over
    /// <paramref name="target"/>. <paramref name="listedIn"/> names where the left-out rows are listed (e.g. "in --format json");
    /// <paramref name="stressTest"/> names the time-path analysis (e.g. "'chokepoint simulate'").
    /// </summary>
    public static IReadOnlyList<string> Explanations(IReadOnlyList<LeverageRow> rows, string issuer, string target, string listedIn, string stressTest)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var notes = new List<string>
        {
            $"Target loss: {target}'s final demand (demand.csv) × unit value (unit_values.csv) × static output at risk when the item alone is restricted as the measure says.",
            $"Issuer forgone: {issuer}'s exports of the item to {target} (trade.csv, latest year) × the share the measure stops ('trade'); without trade rows, {target}'s embodied use × {issuer}'s supply share × unit value ('unit_value').",
        };
        var silent = rows.Count - Shown(rows).Count();
        if (silent > 0) notes.Add($"{silent} measure-item pair(s) with no modelled effect on either side are left out ({listedIn} they are listed).");
        notes.Add($"The target loss is the static bound: no stocks, no new capacity, only the recipes' alternatives; the stress test ({stressTest}) gives the time path.");
        notes.Add("Ratio: dollars of damage to the target per dollar the issuer loses net, both on the table's basis; ranked by it, ratios that are only upper bounds last.");
        var recordedOnly = rows.Where(r => r.Branches is { IfExtended: false }).Select(r => r.Measure).Distinct().ToList();
        var extendedOnly = rows.Where(r => r.Branches is { IfRecordedEnd: false }).Select(r => r.Measure).Distinct().ToList();
        if (recordedOnly.Count > 0 || extendedOnly.Count > 0)
            notes.Add("After the review date, both branches (JSON 'branches'): " +
                      (recordedOnly.Count > 0 ? $"in force only if the recorded end dates hold: {string.Join(", ", recordedOnly)}; " : "") +
                      (extendedOnly.Count > 0 ? $"in force only if the suspensions were extended: {string.Join(", ", extendedOnly)}; " : "") +
                      "every other row holds either way.");
        if (rows.Any(r => r.TargetLossUsd > 0 && r.IssuerForgoneUsd <= 0 && r.ForgoneBasis == "trade"))
            notes.Add($"'-' with forgone 0 from 'trade': the measure stops none of {issuer}'s direct exports to {target} (a re-export or foreign-content clause, or a product {issuer} does not sell it); {issuer}'s lost sales to third countries are not counted.");
        if (rows.Any(r => r.RatioIsUpperBound))
            notes.Add($"'unit_value' rows: the forgone revenue counts only the item inside the products of {target}'s demand in the dataset; {issuer}'s real exports of it serve other uses too, so its loss is understated and the ratio overstated.");
        foreach (var p in rows.SelectMany(r => r.ProductsWithoutValue).Distinct(StringComparer.Ordinal))
            notes.Add($"{p} is at risk but has no unit value: its loss is not counted.");
        return notes;
    }

    /// <summary>How a basis is named in titles: "value added", "gross output", "trade value".</summary>
    public static string BasisName(string basis) => basis switch
    {
        LeverageBasis.ValueAdded => "value added",
        LeverageBasis.GrossOutput => "gross output",
        _ => "trade value",
    };

    /// <summary>What the basis of <paramref name="values"/> counts on each side, and the bounds and gaps it leaves.</summary>
    public static IReadOnlyList<string> BasisExplanations(string basis, IReadOnlyList<LeverageValue> values, string issuer, string target)
    {
        ArgumentNullException.ThrowIfNull(values);
        var notes = new List<string>();
        switch (basis)
        {
            case LeverageBasis.ValueAdded:
                notes.Add($"Basis: value added, both sides (docs/model.md 3.5). Target loss: each product's lost output value × the value added per US$ of it in {target} (value_added.csv). Issuer forgone: the stopped exports' value added along {issuer}'s own chain — the item's stage and every upstream stage it makes itself (recipes' content × unit values × value-added shares) — less its windfall.");
                break;
            case LeverageBasis.GrossOutput:
                notes.Add($"Basis: gross output, both sides (docs/model.md 3.5). Target loss: lost output value of {target}'s products. Issuer forgone: the gross output of every stage of {issuer}'s own chain that the stopped exports carried (recipes' content × unit values), less its windfall.");
                break;
            default:
                notes.Add($"Basis: trade value — {target}'s lost output value against the value of the exports {issuer} stops; the two sides are measured differently (gross output of finished products against the value of one input), so the ratio carries the products' whole value chain. Use --basis value-added (the default) to compare like with like.");
                break;
        }
        if (values.Any(v => v.IssuerWindfallUsd > 0))
            notes.Add($"Issuer windfall: what {issuer} still exports of the item (trade.csv, latest year) × (e^(k·s) − 1), k the price model's regime coefficient, s the share of its exports the measure reaches; on the value-added basis a price rise is all value added.");
        if (basis != LeverageBasis.TradeValue && !values.Any(v => v.IssuerWindfallUsd > 0))
            notes.Add($"No windfall is counted: the price model prices none of these items, or {issuer} has no trade rows for them.");
        if (values.Any(v => v.RatioBound != "exact"))
            notes.Add("≤ at most, ≥ at least, ~ approximate (both sides understated): value added of the target's makers alone leaves out their domestic suppliers (a lower bound of its loss); gross margins for the issuer's stages leave out wages and depreciation (a lower bound of its loss); the output tools would have enabled is an upper bound.");
        if (values.Any(v => v.Ratio is null && v.IssuerWindfallUsd > 0 && v.TargetLossUsd > 0))
            notes.Add($"'issuer gains': {issuer}'s windfall on what still flows is larger than what it forgoes.");
        foreach (var p in values.SelectMany(v => v.TargetUnvalued).Distinct(StringComparer.Ordinal))
            notes.Add($"{p}: no value-added share for {target} in value_added.csv; its loss is not counted on this basis.");
        var stages = values.SelectMany(v => v.IssuerUnvalued).Distinct(StringComparer.Ordinal).ToList();
        if (stages.Count > 0) notes.Add($"Stages of {issuer}'s chain not counted (no unit value or no value-added share): {string.Join(", ", stages)}.");
        return notes;
    }

    /// <summary>The value-added shares behind the figures (of the rows' items and their upstream stages for the issuer, of the target's products), one line each.</summary>
    public static IReadOnlyList<string> ValueAddedCited(Dataset dataset, IReadOnlyList<LeverageRow> rows, string issuer, string target)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(rows);
        var shares = new ValueAddedShares(dataset);
        var used = new List<ValueAddedShare>();
        foreach (var r in rows.Where(r => r.TargetLossUsd > 0 || r.IssuerForgoneUsd > 0))
        {
            foreach (var p in r.ProductLossUsd.Keys) Add(shares.Of(p, target));
            if (r.IssuerForgoneUsd <= 0) continue;
            Add(shares.Of(r.Item, issuer));
            foreach (var stage in ChainStages.Upstream(dataset, r.Item).Keys) Add(shares.Of(stage, issuer));
        }
        return used.Select(v => string.Create(CultureInfo.InvariantCulture,
            $"Value added {v.Item} ({v.Country}): {v.VaSharePct:0.#}% of output{(v.OutputPerUsd is { } o ? $" × {o:0.##} US$ of output per US$" : "")} ({v.Year}, {(v.Bound == "none" ? "" : v.Bound + " bound, ")}per {v.Source}) — {v.Note}")).ToList();

        void Add(ValueAddedShare? v)
        {
            if (v is not null && !used.Contains(v)) used.Add(v);
        }
    }

    /// <summary>The unit values behind the figures: of the rows' items and of the target's demanded products (latest row of each).</summary>
    public static IReadOnlyList<UnitValue> UnitValuesCited(Dataset dataset, IReadOnlyList<LeverageRow> rows, string target)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(rows);
        var list = new List<UnitValue>();
        foreach (var v in rows.Select(r => r.Item).Concat(dataset.Tables.Demand.Where(d => d.Country == target).Select(d => d.Product)).Distinct(StringComparer.Ordinal))
            if (dataset.Tables.UnitValues.LastOrDefault(u => u.Item == v) is { } uv) list.Add(uv);
        return list;
    }

    /// <summary>A unit value as the tables cite it: price, unit, year, source and note.</summary>
    public static string UnitValueLine(Dataset dataset, UnitValue uv)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(uv);
        return $"Unit value {uv.Item}: ${Price(uv)} per {dataset.Items[uv.Item].Unit} ({uv.Year}) per {uv.Source}{(uv.Note.Length > 0 ? " — " + uv.Note : "")}";
    }

    /// <summary>US$ per unit with up to two decimals.</summary>
    public static string Price(UnitValue uv)
    {
        ArgumentNullException.ThrowIfNull(uv);
        return uv.UsdPerUnit.ToString("#,0.##", CultureInfo.InvariantCulture);
    }
}
