using Chokepoint.Analysis.Concentration;
using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;

namespace Chokepoint.Analysis.Leverage;

/// <summary>
/// Leverage of an issuer over a target (docs/model.md, "Leverage"): for every goods measure of the issuer toward the
/// target and every item it covers, the target's lost output value (its final demand of each product × the product's
/// unit value × the static output at risk when that item alone is restricted as the measure says) against the issuer's
/// forgone export revenue (its exports of the item to the target in trade.csv × the share the measure stops; without
/// trade rows, the target's embodied use × the issuer's share of the target's supply × the item's unit value).
/// </summary>
public static class LeverageAnalysis
{
    /// <summary>Rows for the measures of <paramref name="issuer"/> in force toward <paramref name="target"/> on <paramref name="asOf"/>.</summary>
    /// <remarks>
    /// After the registry's review date, when the issuer's measures are unverified, the rows are those of both readings
    /// (issue 18 §5): each measure alone gives the same row in either, so a row carries <see cref="LeverageRow.Branches"/>,
    /// which says in which reading its measure is in force.
    /// </remarks>
    public static IReadOnlyList<LeverageRow> AsOf(Dataset dataset, string issuer, string target, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        // As every as-of analysis: after the registry's review date, a measure keeps its reviewed status (ReviewNotice).
        var extended = InForce(new MeasureResolver(dataset.Tables.Controls, dataset.Tables.ControlsReviewedThrough), issuer, asOf);
        if (ReviewNotice.Unverified(dataset, asOf, issuer).Count == 0)
            return Rank(dataset, issuer, target, extended.Select(m => (m, asOf)).ToList());
        var recorded = InForce(new MeasureResolver(dataset.Tables.Controls), issuer, asOf);
        if (recorded.SequenceEqual(extended))
            return Rank(dataset, issuer, target, extended.Select(m => (m, asOf)).ToList());
        var union = extended.Union(recorded).ToList();
        return Rank(dataset, issuer, target, union.Select(m => (m, asOf)).ToList())
            .Select(r => r with { Branches = new LeverageBranches(recorded.Any(m => m.Id == r.Measure), extended.Any(m => m.Id == r.Measure)) })
            .ToList();
    }

    private static List<ControlMeasure> InForce(MeasureResolver resolver, string issuer, DateOnly asOf) =>
        resolver.RestrictionsInForce(asOf).Where(m => m.Issuer == issuer).ToList();

    /// <summary>Rows for <paramref name="measures"/> (e.g. a scenario's), each taken as in force from its effective date, suspensions ignored.</summary>
    public static IReadOnlyList<LeverageRow> Of(Dataset dataset, string issuer, string target, IEnumerable<ControlMeasure> measures)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(measures);
        var list = measures.Where(m => m.Issuer == issuer && MeasureResolver.IsGoodsRestriction(m))
            .Select(m => (m with { SuspendedFrom = null, SuspendedUntil = null, Ended = null }, m.Effective)).ToList();
        return Rank(dataset, issuer, target, list);
    }

    private static List<LeverageRow> Rank(Dataset dataset, string issuer, string target, List<(ControlMeasure Measure, DateOnly On)> measures)
    {
        var values = new UnitValues(dataset);
        var demand = dataset.Tables.Demand.Where(d => d.Country == target).ToList();
        var rows = new List<LeverageRow>();
        foreach (var (m, on) in measures)
        {
            if (!m.Targets(target) && m.Kind != MeasureKind.Extraterritorial) continue;
            foreach (var item in m.Items.Distinct(StringComparer.Ordinal))
            {
                if (dataset.Items.TryGetValue(item, out var it) && it.Kind == ItemKind.Technology) continue;
                var blockade = Blockade.AsOf([m with { Items = [item] }], on);
                var analysis = new ExposureAnalysis(dataset, blockade);
                var loss = 0.0;
                var unvalued = new List<string>();
                var byProduct = new Dictionary<string, double>(StringComparer.Ordinal);
                foreach (var d in demand)
                {
                    var risk = analysis.OutputAtRisk(d.Product, target);
                    if (risk <= 1e-9) continue;
                    if (values.UsdPerUnit(d.Product) is { } v)
                    {
                        loss += d.UnitsPerYear * v * risk;
                        byProduct[d.Product] = byProduct.GetValueOrDefault(d.Product) + (d.UnitsPerYear * v * risk);
                    }
                    else unvalued.Add(d.Product);
                }
                var stopped = 1 - blockade.Pass(item, issuer, target);
                var (forgone, share, basis) = Forgone(dataset, values, item, issuer, target, stopped);
                var indirect = basis == "unit_value" && !demand.Any(d => d.Product == item) && !UseFullyModelled(dataset, item);
                rows.Add(new LeverageRow(m.Id, item, loss, forgone, share, forgone > 0 ? loss / forgone : null, basis, unvalued)
                {
                    RatioIsUpperBound = indirect && forgone > 0,
                    ProductLossUsd = byProduct,
                    Exports = ExportsStillFlowing(dataset, m, blockade, item, issuer),
                });
            }
        }
        // A measure that costs the issuer nothing but hurts the target ranks first; one with no modelled effect last;
        // ratios that are only upper bounds (forgone revenue counted inside the dataset's products alone) after the exact ones.
        return rows.OrderBy(r => r.RatioIsUpperBound).ThenByDescending(r => r.Ratio ?? (r.TargetLossUsd > 0 ? double.MaxValue : -1)).ThenByDescending(r => r.TargetLossUsd)
            .ThenBy(r => r.Measure, StringComparer.Ordinal).ThenBy(r => r.Item, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The issuer's exports of <paramref name="item"/> in trade.csv's latest year to every importer, what still flows
    /// under the measure, and the share of those exports going to destinations the measure reaches; null without trade rows.
    /// </summary>
    private static LeverageExports? ExportsStillFlowing(Dataset dataset, ControlMeasure m, Blockade blockade, string item, string issuer)
    {
        var flows = dataset.Tables.Trade.Where(t => t.Item == item && t.Exporter == issuer).ToList();
        if (flows.Count == 0) return null;
        var year = flows.Max(f => f.Year);
        double all = 0, flowing = 0, reached = 0;
        foreach (var f in flows.Where(f => f.Year == year))
        {
            all += f.ValueUsd;
            flowing += f.ValueUsd * blockade.Pass(item, issuer, f.Importer);
            if (m.Targets(f.Importer)) reached += f.ValueUsd;
        }
        return all > 0 ? new LeverageExports(all, flowing, reached / all) : null;
    }

    /// <summary>
    /// True when the dataset's final demand, pushed down the recipes, uses at least 95% of the item's world output
    /// (production.csv quantities): then the embodied use is the item's whole trade, not a part of it.
    /// </summary>
    private static bool UseFullyModelled(Dataset dataset, string item)
    {
        if (WorldOutput.PerDay(dataset, item, []) is not { } perDay || perDay <= 0) return false;
        var modelled = dataset.Tables.Demand.Select(d => d.Country).Distinct(StringComparer.Ordinal).Sum(c => EmbodiedUse.PerYear(dataset, item, c));
        return modelled >= 0.95 * perDay * 365;
    }

    /// <summary>The issuer's forgone exports of <paramref name="item"/> to <paramref name="target"/>, its export share, and the basis of the figure.</summary>
    public static (double ForgoneUsd, double? SharePct, string Basis) Forgone(
        Dataset dataset, UnitValues values, string item, string issuer, string target, double stoppedFraction)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(values);
        var flows = dataset.Tables.Trade.Where(t => t.Item == item && t.Exporter == issuer).ToList();
        if (flows.Count > 0)
        {
            var year = flows.Max(f => f.Year);
            var all = flows.Where(f => f.Year == year).Sum(f => f.ValueUsd);
            var toTarget = flows.Where(f => f.Year == year && f.Importer == target).Sum(f => f.ValueUsd);
            if (toTarget > 0 || dataset.ImportsByItemImporter.ContainsKey((item, target)))
                return (toTarget * stoppedFraction, all > 0 ? 100 * toTarget / all : null, "trade");
        }
        if (values.UsdPerUnit(item) is not { } usd) return (0, null, "none");
        var issuerShare = SourcingMix.Of(dataset, item, target).Where(s => dataset.LocationOf(s.Country) == issuer).Sum(s => s.Fraction);
        var use = EmbodiedUse.PerYear(dataset, item, target);
        return (use * issuerShare * usd * stoppedFraction, null, "unit_value");
    }
}
