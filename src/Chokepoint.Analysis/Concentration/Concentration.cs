using Chokepoint.Model;

namespace Chokepoint.Analysis.Concentration;

/// <summary>Concentration of an item's world production in one year.</summary>
/// <param name="Hhi">Herfindahl–Hirschman index over named countries, 0–10,000 (ROW excluded: it aggregates many small producers).</param>
/// <param name="Top3Pct">Sum of the three largest named countries' shares, 0–100.</param>
public sealed record ConcentrationResult(string Item, int Year, double Hhi, double Top3Pct, IReadOnlyList<ProductionShare> Shares);

/// <summary>HHI and top-3 share from production.csv.</summary>
public static class ConcentrationAnalysis
{
    /// <summary>Concentration of <paramref name="item"/> in <paramref name="year"/> (default: latest year with data); null when no rows.</summary>
    public static ConcentrationResult? Of(Dataset dataset, string item, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var shares = dataset.SharesOf(item, year);
        if (shares.Count == 0) return null;
        var named = shares.Where(s => s.Country != Names.RestOfWorld).ToList();
        var hhi = named.Sum(s => s.SharePct * s.SharePct);
        var top3 = named.OrderByDescending(s => s.SharePct).Take(3).Sum(s => s.SharePct);
        return new ConcentrationResult(item, shares[0].Year, hhi, top3, shares);
    }

    /// <summary>Share of <paramref name="country"/> in the latest year of <paramref name="item"/>, 0 when absent.</summary>
    public static double ShareOf(Dataset dataset, string item, string country)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        foreach (var s in dataset.SharesOf(item))
            if (s.Country == country) return s.SharePct;
        return 0;
    }

    /// <summary>
    /// False when production.csv says nobody in <paramref name="country"/> makes <paramref name="item"/>: it has
    /// shares, the country is not among them with a positive share, and no rest-of-world share could hold it.
    /// True when the item has no shares at all (unknown).
    /// </summary>
    public static bool MayMake(Dataset dataset, string item, string country)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var shares = dataset.SharesOf(item);
        if (shares.Count == 0) return true;
        var at = dataset.LocationOf(country);
        if (shares.FirstOrDefault(s => s.Country == at) is { } own) return own.SharePct > 0;
        return shares.Any(s => s.Country == Names.RestOfWorld && s.SharePct > 0);
    }
}
