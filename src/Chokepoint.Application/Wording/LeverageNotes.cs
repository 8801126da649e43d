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
        notes.Add("Ratio: dollars of damage to the target per dollar of exports the issuer gives up; ranked by it.");
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
            notes.Add($"≤: an upper bound, ranked last. The forgone revenue ('unit_value') counts only the item inside the products of {target}'s demand in the dataset; {issuer}'s real exports of it serve other uses too, so the true ratio is lower.");
        foreach (var p in rows.SelectMany(r => r.ProductsWithoutValue).Distinct(StringComparer.Ordinal))
            notes.Add($"{p} is at risk but has no unit value: its loss is not counted.");
        return notes;
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
