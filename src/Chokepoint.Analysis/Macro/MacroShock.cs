using Chokepoint.Model.Macro;

namespace Chokepoint.Analysis.Macro;

/// <summary>
/// Turns the products' lost output into a supply-side shock on an MRIO (docs/model.md 4.3): each product's loss goes
/// to its sector (the mapping table) in its country's region, and a sector loses
/// f = Σ lost US$ ÷ (x × US$ per MRIO money unit), capped at 1. Thread-safe (pure).
/// </summary>
public static class MacroShock
{
    /// <summary>The sector losses of <paramref name="losses"/> on <paramref name="system"/> with total output <paramref name="output"/>.</summary>
    /// <param name="sectorOf">The MRIO sector of each product (products without one are listed, not counted).</param>
    /// <param name="usdPerUnit">US dollars per unit of the MRIO's money (1e6 for "Mill USD"), &gt; 0.</param>
    public static MacroShockInput Build(IReadOnlyList<ProductLoss> losses, IReadOnlyDictionary<string, string> sectorOf, MrioSystem system,
        IReadOnlyList<double> output, double usdPerUnit)
    {
        ArgumentNullException.ThrowIfNull(losses);
        ArgumentNullException.ThrowIfNull(sectorOf);
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(output);
        if (!double.IsFinite(usdPerUnit) || usdPerUnit <= 0) throw new ArgumentOutOfRangeException(nameof(usdPerUnit), usdPerUnit, "expected US$ per MRIO money unit above 0");
        var index = new Dictionary<(string, string), int>();
        var keys = system.Z.Rows.Keys;
        for (var i = 0; i < keys.Count; i++) index[(keys[i][0], keys[i][^1])] = i;
        var lostUsd = new Dictionary<int, double>();
        var unmapped = new SortedSet<string>(StringComparer.Ordinal);
        var outside = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var loss in losses)
        {
            if (loss.LostUsdPerYear <= 0) continue;
            if (!sectorOf.TryGetValue(loss.Item, out var sector)) { unmapped.Add(loss.Item); continue; }
            if (!index.TryGetValue((loss.Country, sector), out var i)) { outside.Add($"{loss.Country}/{sector}"); continue; }
            lostUsd[i] = lostUsd.GetValueOrDefault(i) + loss.LostUsdPerYear;
        }
        var shocks = new List<SectorOutputLoss>();
        var capped = new List<string>();
        foreach (var (i, usd) in lostUsd.OrderBy(p => p.Key))
        {
            var x = output[i] * usdPerUnit;
            var f = x > 0 ? usd / x : 1;
            if (f > 1) { capped.Add($"{keys[i][0]}/{keys[i][^1]}"); f = 1; }
            shocks.Add(new SectorOutputLoss(keys[i][0], keys[i][^1], f));
        }
        return new MacroShockInput(shocks, lostUsd.OrderBy(p => p.Key).Select(p => p.Value).ToList(), [.. unmapped], [.. outside], capped);
    }
}
