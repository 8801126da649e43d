using Chokepoint.Analysis.Concentration;
using Chokepoint.Analysis.Controls;
using Chokepoint.Model;

namespace Chokepoint.Analysis.Exposure;

/// <summary>One item ranked by the damage its loss alone would do to the target's products.</summary>
/// <param name="DependencePct">Share of the target's supply of the item that comes directly from the issuer, 0–100.</param>
/// <param name="OutputAtRiskMax">Largest output at risk (0–1) over the target's products if the issuer stops this item alone.</param>
/// <param name="ProductsAffected">Products with output at risk, worst first.</param>
/// <param name="Controlled">True when a measure of the issuer covering the item toward the target is in force on the date.</param>
/// <param name="Hhi">Concentration of world production of the item, 0–10,000.</param>
public sealed record ChokepointRow(string Item, double DependencePct, double OutputAtRiskMax, IReadOnlyList<string> ProductsAffected, bool Controlled, double Hhi)
{
    /// <summary>
    /// What the dependence rests on: <c>trade</c> (the target's imports in trade.csv) or the basis of the issuer's world
    /// share (production.csv: <c>output</c>, <c>capacity</c>, <c>ownership</c>, or a proxy such as <c>export-proxy</c>).
    /// </summary>
    public string DependenceBasis { get; init; } = "output";

    /// <summary>True when the dependence rests on a world share that stands in for production (a proxy).</summary>
    public bool DependenceIsProxy { get; init; }
}

/// <summary>
/// Ranks the items an issuer could withhold from a target (DESIGN "chokepoint ranking"): for each
/// item the issuer produces, block that item alone (at every tier) and measure the output at risk of
/// every product made in the target (its producers' availability: what the target's factories lose); a product
/// production.csv says the target does not make is left out.
/// A target may be a group (e.g. EU): each member is evaluated and the worst member's figures are kept.
/// </summary>
public static class ChokepointRanking
{
    /// <summary>Risk below this is treated as no effect (rounding noise).</summary>
    public const double Threshold = 1e-6;

    /// <summary>Ranking for <paramref name="issuer"/> against the countries in <paramref name="targets"/> on <paramref name="asOf"/>.</summary>
    public static IReadOnlyList<ChokepointRow> Rank(Dataset dataset, string issuer, IReadOnlyList<string> targets, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(targets);
        var products = dataset.Tables.Items.Where(i => i.Kind == ItemKind.Product).Select(i => i.Id).ToList();
        var resolver = new MeasureResolver(dataset.Tables.Controls, dataset.Tables.ControlsReviewedThrough);
        var inForce = resolver.RestrictionsInForce(asOf).Where(m => m.Issuer == issuer).ToList();
        var rows = new List<ChokepointRow>();
        foreach (var item in dataset.Tables.Items)
        {
            if (item.Kind is ItemKind.Product or ItemKind.Technology) continue;
            if (ConcentrationAnalysis.ShareOf(dataset, item.Id, issuer) <= 0) continue;
            var analysis = new ExposureAnalysis(dataset, Blockade.From(issuer, [item.Id], dataset));
            var worst = 0.0;
            var affected = new Dictionary<string, double>(StringComparer.Ordinal);
            var dependence = 0.0;
            var fromTrade = false;
            foreach (var target in targets)
            {
                var own = 100 * SourcingMix.Of(dataset, item.Id, target).Where(s => dataset.LocationOf(s.Country) == issuer).Sum(s => s.Fraction);
                if (own >= dependence) (dependence, fromTrade) = (own, SourcingMix.FromTrade(dataset, item.Id, target));
                foreach (var p in products)
                {
                    if (!ConcentrationAnalysis.MayMake(dataset, p, target)) continue;
                    var risk = 1 - analysis.ProducerAvailability(p, target);
                    if (risk <= Threshold) continue;
                    worst = Math.Max(worst, risk);
                    affected[p] = Math.Max(affected.GetValueOrDefault(p), risk);
                }
            }
            var controlled = inForce.Any(m => m.Items.Contains(item.Id) && targets.Any(m.Targets));
            var hhi = ConcentrationAnalysis.Of(dataset, item.Id)?.Hhi ?? 0;
            var share = dataset.SharesOf(item.Id).FirstOrDefault(s => s.Country == issuer);
            rows.Add(new ChokepointRow(item.Id, dependence, worst,
                affected.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList(),
                controlled, hhi)
            {
                DependenceBasis = fromTrade ? "trade" : share?.Basis is { Length: > 0 } b ? b : "output",
                DependenceIsProxy = !fromTrade && share is { IsProxy: true },
            });
        }
        return rows.OrderByDescending(r => r.OutputAtRiskMax).ThenByDescending(r => r.DependencePct)
            .ThenBy(r => r.Item, StringComparer.Ordinal).ToList();
    }
}
