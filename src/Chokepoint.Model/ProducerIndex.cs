using System.Collections.Concurrent;

namespace Chokepoint.Model;

/// <summary>
/// Producers of each item as the engine and the analyses see them: a country's row of production.csv, split into
/// its plants (plants.csv) and the rest of the country. A plant is one more producer node, located in its country;
/// the country keeps what its plants do not make, so a firm's rows refine its country's row and never double it.
/// </summary>
public sealed class ProducerIndex
{
    private readonly Dictionary<string, PlantShare> _plants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Firm> _firms;
    private readonly Dictionary<(string Item, string Country), List<PlantShare>> _byCountry = [];
    private readonly ConcurrentDictionary<string, IReadOnlyList<ProductionShare>> _producers = new(StringComparer.Ordinal);
    private readonly Dataset _dataset;

    internal ProducerIndex(Dataset dataset, DatasetTables tables)
    {
        _dataset = dataset;
        _firms = tables.Firms.GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var p in tables.Plants)
        {
            _plants.TryAdd(p.Plant, p);
            if (!dataset.LatestYear.TryGetValue(p.Item, out var y) || y != p.Year) continue;
            if (!_byCountry.TryGetValue((p.Item, p.Country), out var list)) _byCountry[(p.Item, p.Country)] = list = [];
            list.Add(p);
        }
    }

    /// <summary>Firms by id.</summary>
    public IReadOnlyDictionary<string, Firm> Firms => _firms;

    /// <summary>True when <paramref name="id"/> is a plant of plants.csv (a producer node of its own).</summary>
    public bool IsPlant(string id) => _plants.ContainsKey(id);

    /// <summary>The country where producer or buyer <paramref name="id"/> stands: a plant's country, a firm's headquarters, else the id itself.</summary>
    public string LocationOf(string id) =>
        _plants.TryGetValue(id, out var p) ? p.Country : _firms.TryGetValue(id, out var f) ? f.Country : id;

    /// <summary>The firm that runs plant <paramref name="id"/>; null for a country.</summary>
    public string? FirmOf(string id) => _plants.TryGetValue(id, out var p) ? p.Firm : _firms.ContainsKey(id) ? id : null;

    /// <summary>True when producer <paramref name="producer"/> is <paramref name="target"/>, a plant of it, or a plant of a firm it owns (parents followed).</summary>
    public bool IsHeldBy(string producer, string target)
    {
        if (producer == target) return true;
        var firm = FirmOf(producer);
        for (var depth = 0; firm is not null && depth < 32; depth++)
        {
            if (firm == target) return true;
            firm = _firms.TryGetValue(firm, out var f) ? f.Parent : null;
        }
        return false;
    }

    /// <summary>Plants of <paramref name="item"/> in <paramref name="country"/> in the item's latest year.</summary>
    public IReadOnlyList<PlantShare> PlantsIn(string item, string country) =>
        _byCountry.TryGetValue((item, country), out var list) ? list : [];

    /// <summary>Every plant row of <paramref name="item"/> in its latest year.</summary>
    public IEnumerable<PlantShare> PlantsOf(string item) =>
        _byCountry.Where(kv => kv.Key.Item == item).SelectMany(kv => kv.Value);

    /// <summary>
    /// Producers of <paramref name="item"/> in its latest year, largest first: each plant as a row whose
    /// <see cref="ProductionShare.Country"/> is the plant id, and each country with what its plants leave.
    /// </summary>
    public IReadOnlyList<ProductionShare> Of(string item) => _producers.GetOrAdd(item, Build);

    private IReadOnlyList<ProductionShare> Build(string item)
    {
        var rows = new List<ProductionShare>();
        foreach (var c in _dataset.SharesOf(item))
        {
            var plants = PlantsIn(item, c.Country);
            if (plants.Count == 0) { rows.Add(c); continue; }
            foreach (var p in plants)
                rows.Add(new ProductionShare(item, p.Plant, p.Year, p.SharePct, p.Source, p.Confidence) { Basis = c.Basis, Origin = p.Origin });
            var rest = c.SharePct - plants.Sum(p => p.SharePct);
            if (rest > 1e-9) rows.Add(c with { SharePct = rest, Quantity = null });
        }
        return rows.OrderByDescending(r => r.SharePct).ToList();
    }

    /// <summary>
    /// How a flow from <paramref name="country"/> splits over its producers of <paramref name="item"/>: each plant's share of
    /// the country's row, and the rest to the country. A country without plants keeps the whole flow.
    /// </summary>
    public IReadOnlyList<(string Producer, double Fraction)> Split(string item, string country)
    {
        var plants = PlantsIn(item, country);
        if (plants.Count == 0) return [(country, 1.0)];
        var row = _dataset.SharesOf(item).FirstOrDefault(s => s.Country == country);
        if (row is null || row.SharePct <= 0) return [(country, 1.0)];
        var result = plants.Select(p => (p.Plant, Math.Min(1.0, p.SharePct / row.SharePct))).ToList();
        var rest = 1 - result.Sum(r => r.Item2);
        if (rest > 1e-9) result.Add((country, rest));
        return result;
    }
}
