using Chokepoint.Model;

namespace Chokepoint.Simulation.Compile;

/// <summary>
/// Where a country buys an item: in proportion to its own imports (trade.csv, latest year with rows) where it has
/// rows, otherwise in proportion to world production shares (latest year). Shares are normalised to sum to 1;
/// an item without production rows is supplied by ROW.
/// </summary>
internal sealed class SourcingMix(Dataset dataset)
{
    private readonly Dictionary<(string Item, string Buyer), (string Country, double Share)[]> _cache = [];

    /// <summary>World production shares of <paramref name="item"/> (normalised), largest first.</summary>
    public (string Country, double Share)[] World(string item)
    {
        var rows = dataset.SharesOf(item);
        var total = rows.Sum(r => r.SharePct);
        if (rows.Count == 0 || total <= 0) return [(Names.RestOfWorld, 1.0)];
        return rows.Where(r => r.SharePct > 0).Select(r => (r.Country, r.SharePct / total)).ToArray();
    }

    /// <summary>The mix of suppliers of <paramref name="item"/> for a buyer in <paramref name="buyer"/>.</summary>
    public (string Country, double Share)[] Of(string item, string buyer)
    {
        if (_cache.TryGetValue((item, buyer), out var cached)) return cached;
        var result = World(item);
        if (dataset.ImportsByItemImporter.TryGetValue((item, buyer), out var flows) && flows.Count > 0)
        {
            var year = flows.Max(f => f.Year);
            var latest = flows.Where(f => f.Year == year && f.ValueUsd > 0).ToList();
            var total = latest.Sum(f => f.ValueUsd);
            if (total > 0)
            {
                result = latest.GroupBy(f => f.Exporter)
                    .Select(g => (g.Key, g.Sum(f => f.ValueUsd) / total))
                    .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.Ordinal)
                    .ToArray();
            }
        }
        _cache[(item, buyer)] = result;
        return result;
    }
}
