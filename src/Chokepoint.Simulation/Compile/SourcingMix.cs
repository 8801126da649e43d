using Chokepoint.Model;
using Mix = Chokepoint.Analysis.Exposure.SourcingMix;

namespace Chokepoint.Simulation.Compile;

/// <summary>
/// Cached sourcing mixes (the Analysis library's rule: the buyer's own imports in trade.csv, else world production
/// shares). An item with neither is assumed supplied by ROW.
/// </summary>
internal sealed class SourcingMix(Dataset dataset)
{
    private readonly Dictionary<(string Item, string Buyer), (string Country, double Share)[]> _cache = [];

    /// <summary>World production shares of <paramref name="item"/> by producer (plants and countries; normalised).</summary>
    public (string Country, double Share)[] World(string item)
    {
        var rows = dataset.ProducersOf(item);
        var total = rows.Sum(r => r.SharePct);
        if (total <= 0) return [(Names.RestOfWorld, 1.0)];
        return rows.Where(r => r.SharePct > 0).Select(r => (r.Country, r.SharePct / total)).ToArray();
    }

    /// <summary>The mix of suppliers of <paramref name="item"/> for a buyer in <paramref name="buyer"/>.</summary>
    public (string Country, double Share)[] Of(string item, string buyer)
    {
        if (_cache.TryGetValue((item, buyer), out var cached)) return cached;
        var mix = Mix.Of(dataset, item, buyer).Where(s => s.Fraction > 0).Select(s => (s.Country, s.Fraction)).ToArray();
        return _cache[(item, buyer)] = mix.Length == 0 ? [(Names.RestOfWorld, 1.0)] : mix;
    }
}
