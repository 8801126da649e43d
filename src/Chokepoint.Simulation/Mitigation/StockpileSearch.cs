using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.Network;

namespace Chokepoint.Simulation.Mitigation;

/// <summary>
/// Searches the smallest stock cover that keeps the target's demand met through the horizon in a percentile of runs
/// (docs/model.md, "Stockpile search"). Candidates are the items consumed in the target country, ordered by the value
/// of one day of cover (cheapest first; no unit value = last). The search (1) adds candidates at a full horizon of
/// cover, cheapest first, until demand survives; (2) drops each chosen item that is not needed given the others, most
/// expensive first; (3) binary-searches each remaining item's days with the others fixed, so no item's cover can be
/// lowered by a day without failing. More cover never shortens TTS in the engine, which makes the bisection valid.
/// </summary>
public static class StockpileSearch
{
    /// <summary>A candidate item: its slots in the target, its daily use there, and the value of one unit.</summary>
    public sealed record Candidate(string Item, string Unit, IReadOnlyList<int> Slots, double UsePerDay, double? UsdPerUnit)
    {
        /// <summary>Value of one day of cover (∞ when unknown, so such items come last).</summary>
        public double UsdPerDay => UsdPerUnit is { } v ? v * UsePerDay : double.PositiveInfinity;
    }

    /// <summary>Candidates: items consumed by nodes located in <paramref name="target"/>, with their daily use.</summary>
    public static IReadOnlyList<Candidate> Candidates(SupplyNetwork network, string target, Func<string, (string Unit, double? UsdPerUnit)> describe)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(describe);
        var result = new List<Candidate>();
        foreach (var item in network.ItemIds)
        {
            var slots = network.SlotsOf(item, target);
            if (slots.Count == 0) continue;
            var use = slots.Sum(network.SlotNeedPerDay);
            if (use <= 0) continue;
            var (unit, usd) = describe(item);
            result.Add(new Candidate(item, unit, slots, use, usd));
        }
        return result.OrderBy(c => c.UsdPerDay).ThenBy(c => c.Item, StringComparer.Ordinal).ToList();
    }

    /// <summary>Runs the search over <paramref name="candidates"/> with <paramref name="evaluator"/> at <paramref name="percentile"/> (0–100).</summary>
    public static StockpilePlan Search(CoverEvaluator evaluator, IReadOnlyList<Candidate> candidates, double percentile)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(candidates);
        if (!double.IsFinite(percentile) || percentile is <= 0 or > 100) throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "expected a percentile in (0, 100]");
        var h = evaluator.Network.HorizonDays;
        var slots = candidates.Select(c => c.Slots).ToList();
        var days = new double[candidates.Count];
        var baseline = PercentileTts(evaluator.Tts(slots, days), percentile);
        if (baseline >= h) return new StockpilePlan(true, [], baseline, evaluator.Evaluations);
        bool Works() => evaluator.Survives(slots, days, percentile);

        // (1) Cheapest first at full cover until demand survives.
        var achieved = false;
        for (var i = 0; i < candidates.Count && !achieved; i++)
        {
            days[i] = h;
            achieved = Works();
        }
        if (!achieved) return new StockpilePlan(false, [], baseline, evaluator.Evaluations);
        // (2) Drop what the others make unnecessary, most expensive first.
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (days[i] <= 0) continue;
            days[i] = 0;
            if (!Works()) days[i] = h;
        }
        // (3) Smallest days per item with the others fixed: the invariant is that days[i] = hi works.
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (days[i] <= 0) continue;
            var lo = 0; // fails (step 2 kept it)
            var hi = h;
            while (hi - lo > 1)
            {
                var mid = lo + ((hi - lo) / 2);
                days[i] = mid;
                if (Works()) hi = mid; else lo = mid;
            }
            days[i] = hi;
        }
        var lines = new List<StockpileLine>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (days[i] <= 0) continue;
            var c = candidates[i];
            var quantity = days[i] * c.UsePerDay;
            lines.Add(new StockpileLine(c.Item, (int)days[i], quantity, c.Unit, c.UsdPerUnit is { } v ? quantity * v : null));
        }
        return new StockpilePlan(true, lines, baseline, evaluator.Evaluations);
    }

    /// <summary>TTS met by <paramref name="percentile"/>% of runs: the value at rank (100 − p)% from below.</summary>
    public static int PercentileTts(IReadOnlyList<int> tts, double percentile)
    {
        ArgumentNullException.ThrowIfNull(tts);
        var sorted = tts.Order().ToArray();
        var rank = (int)Math.Floor((100 - percentile) / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    /// <summary>The demand nodes of <paramref name="target"/> (optionally of one product) in a compiled network.</summary>
    public static IReadOnlyList<int> DemandNodes(CompiledScenario compiled, string target, string? product)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        var result = new List<int>();
        var labels = compiled.Network.Labels;
        for (var j = 0; j < labels.Count; j++)
            if (labels[j].Kind == NodeLabel.DemandKind && labels[j].Country == target && (product is null || labels[j].Item == product))
                result.Add(j);
        return result;
    }
}
