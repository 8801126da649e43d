using Chokepoint.Model;

namespace Chokepoint.Analysis.Exposure;

/// <summary>A supplier country and the fraction of a buyer's supply it provides (0–1).</summary>
public readonly record struct Supplier(string Country, double Fraction);

/// <summary>
/// Where a buyer gets an item (DESIGN "Sourcing mix"): in proportion to its country's own imports in
/// trade.csv where it has rows for the item, otherwise in proportion to world production shares of the
/// latest year (the world mix). A domestic-share rule of sourcing_rules.csv puts that share on the country's
/// own makers (or the makers of its origin) and the rest on its imports (trade.csv, else the world mix without those makers).
/// Suppliers are producers: a country with plants in plants.csv is split into its plants (by their share of
/// the country's row) and the rest of the country. A plant or firm buys as its country does. Fractions are
/// normalised to sum to 1. Empty when the item has neither.
/// </summary>
public static class SourcingMix
{
    /// <summary>The suppliers of <paramref name="item"/> to <paramref name="buyer"/>.</summary>
    public static IReadOnlyList<Supplier> Of(Dataset dataset, string item, string buyer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var at = dataset.LocationOf(buyer);
        if (dataset.DomesticShareOf(item, at) is not { SharePct: { } pct } rule) return Imports(dataset, item, at, null);
        var imports = Imports(dataset, item, at, rule.Makers);
        var own = imports.Count == 0 ? 1.0 : pct / 100;
        return dataset.Producers.Split(item, rule.Makers).Select(p => new Supplier(p.Producer, own * p.Fraction))
            .Concat(imports.Select(s => s with { Fraction = (1 - own) * s.Fraction }))
            .Where(s => s.Fraction > 0).ToList();
    }

    /// <summary>
    /// A buyer's mix of <paramref name="item"/> split by a qualified-part rule (sourcing_rules.csv kind <c>qualified</c>): the
    /// plants of <paramref name="firm"/> (subsidiaries included) by their world shares, and the buyer's mix without them;
    /// each normalised, empty when nothing is left.
    /// </summary>
    public static (IReadOnlyList<Supplier> Firm, IReadOnlyList<Supplier> Others) Qualified(Dataset dataset, string item, string buyer, string firm)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var plants = dataset.Producers.Of(item).Where(p => dataset.Producers.IsHeldBy(p.Country, firm)).Select(p => new Supplier(p.Country, p.SharePct));
        var rest = Of(dataset, item, buyer).Where(s => !dataset.Producers.IsHeldBy(s.Country, firm));
        return (Normalised(plants), Normalised(rest));
    }

    private static List<Supplier> Normalised(IEnumerable<Supplier> suppliers)
    {
        var list = suppliers.Where(s => s.Fraction > 0).ToList();
        var sum = list.Sum(s => s.Fraction);
        return sum <= 0 ? [] : list.Select(s => s with { Fraction = s.Fraction / sum }).ToList();
    }

    /// <summary>True when the imported part of the mix of <paramref name="item"/> for <paramref name="buyer"/> comes from trade.csv.</summary>
    public static bool FromTrade(Dataset dataset, string item, string buyer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.ImportsByItemImporter.ContainsKey((item, dataset.LocationOf(buyer)));
    }

    /// <summary>
    /// The buyer's imports: its trade.csv rows of the latest year, else the world mix; <paramref name="without"/> leaves out
    /// that country (the makers that serve the share of a domestic-share rule).
    /// </summary>
    private static List<Supplier> Imports(Dataset dataset, string item, string at, string? without)
    {
        if (dataset.ImportsByItemImporter.TryGetValue((item, at), out var flows))
        {
            var latest = flows.Max(f => f.Year);
            var rows = flows.Where(f => f.Year == latest && f.Exporter != without).ToList();
            var total = rows.Sum(f => f.ValueUsd);
            if (total > 0)
                return rows.SelectMany(f => dataset.Producers.Split(item, f.Exporter)
                    .Select(p => new Supplier(p.Producer, p.Fraction * f.ValueUsd / total))).ToList();
        }
        var shares = dataset.ProducersOf(item).Where(s => dataset.LocationOf(s.Country) != without).ToList();
        var sum = shares.Sum(s => s.SharePct);
        return sum <= 0 ? [] : shares.Select(s => new Supplier(s.Country, s.SharePct / sum)).ToList();
    }
}
