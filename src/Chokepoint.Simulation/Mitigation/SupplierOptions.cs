using Chokepoint.Analysis.Concentration;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;

namespace Chokepoint.Simulation.Mitigation;

/// <summary>
/// Other suppliers (docs/model.md, "Other suppliers"): producers outside the issuers of the scenario's measures,
/// ranked by share, with spare capacity and expansion times, and when their build-up closes the target's gap.
/// </summary>
public static class SupplierOptions
{
    /// <summary>Suppliers and gaps of the items of <paramref name="usePerYear"/> for <paramref name="target"/>, whose use per year is given.</summary>
    public static (IReadOnlyList<SupplierRow> Suppliers, IReadOnlyList<SupplyGap> Gaps) Of(
        Dataset dataset, Blockade blockade, IReadOnlySet<string> issuers, string target,
        IReadOnlyDictionary<string, double> usePerYear, DateOnly start, DateOnly by)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(blockade);
        ArgumentNullException.ThrowIfNull(issuers);
        ArgumentNullException.ThrowIfNull(usePerYear);
        var suppliers = new List<SupplierRow>();
        var gaps = new List<SupplyGap>();
        var expansion = dataset.Tables.Expansion.Where(e => e.Project is null).GroupBy(e => e.Item).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var (item, use) in usePerYear.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var stopped = SourcingMix.Of(dataset, item, target).Sum(s => s.Fraction * (1 - blockade.Pass(item, s.Country, target)));
            if (stopped <= 1e-9) continue;
            var gap = use * stopped;
            var world = WorldPerYear(dataset, item);
            var row = expansion.GetValueOrDefault(item);
            var shares = dataset.SharesOf(item).Where(s => !issuers.Contains(s.Country) && s.SharePct > 0).ToList();
            var freeShare = shares.Sum(s => s.SharePct) / 100.0;
            double? spareTotal = world is { } w && row is not null ? w * freeShare * row.SpareCapacityPct / 100.0 : null;
            var unit = dataset.Items.TryGetValue(item, out var it) ? it.Unit : "";
            var projects = Compile.CapacityProjects.Of(dataset, item, issuers);
            var closed = Earliest(ClosedBy(start, gap, spareTotal ?? 0, row?.ExpansionDays, freeShare), ProjectsCloseBy(start, gap, spareTotal ?? 0, projects));
            var days = by.DayNumber - start.DayNumber;
            var built = row is { ExpansionDays: > 0 } r ? Math.Min(1.0, Math.Max(0, days) / r.ExpansionDays) * gap : row is not null ? gap : 0;
            var online = projects.Where(p => p.Online <= by).Sum(p => p.PerYear);
            var extra = Math.Max(0, gap - (spareTotal ?? 0) - online - (freeShare > 0 ? built : 0));
            gaps.Add(new SupplyGap(item, unit, gap, spareTotal ?? 0, closed, by, extra));
            foreach (var s in shares.OrderByDescending(s => s.SharePct).ThenBy(s => s.Country, StringComparer.Ordinal))
                suppliers.Add(new SupplierRow(item, s.Country, s.SharePct,
                    world is { } ww && row is not null ? ww * s.SharePct / 100.0 * row.SpareCapacityPct / 100.0 : null, row?.ExpansionDays, closed));
        }
        return (suppliers, gaps);
    }

    // The first day spare capacity and the projects online by then cover the gap; null when they never do.
    private static DateOnly? ProjectsCloseBy(DateOnly start, double gap, double spare, List<(DateOnly Online, double PerYear)> projects)
    {
        var total = spare;
        foreach (var (online, perYear) in projects)
        {
            total += perYear;
            if (total >= gap) return online > start ? online : start;
        }
        return null;
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);

    /// <summary>Spare capacity first, then new capacity growing linearly to the whole gap over the expansion days (the engine's rule).</summary>
    private static DateOnly? ClosedBy(DateOnly start, double gap, double spare, double? expansionDays, double freeShare)
    {
        if (freeShare <= 0) return null;
        if (spare >= gap) return start;
        if (expansionDays is not { } e) return null;
        return start.AddDays((int)Math.Ceiling(e * (1 - (spare / gap))));
    }

    /// <summary>World output a year in the item's unit from production.csv quantities (t and kg converted); null when unknown.</summary>
    public static double? WorldPerYear(Dataset dataset, string item)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var perDay = WorldOutput.PerDay(dataset, item, []);
        return perDay * 365.0;
    }
}
