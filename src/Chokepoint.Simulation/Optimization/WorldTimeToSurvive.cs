using Chokepoint.Simulation.Network;

namespace Chokepoint.Simulation.Optimization;

/// <summary>
/// The world optimum of time-to-survive, max–min over buyers (docs/model.md): every reported node is a buyer; the
/// largest t at which all of them can be served in full together is found by bisection; the buyers that cannot go a
/// day further while the others hold t are fixed at t, and the rest are raised again with the fixed ones still owed
/// their t days (progressive filling). A buyer's figure is the level at which it was fixed; none = the whole horizon.
/// </summary>
internal static class WorldTimeToSurvive
{
    /// <summary>Days per reported node (null = the whole horizon), in the order of <paramref name="nodes"/>.</summary>
    public static int?[] Run(SupplyNetwork n, ILinearSolver solver, double[] cumPass, IReadOnlyList<int> nodes)
    {
        var h = n.HorizonDays;
        var result = new int?[nodes.Count];
        var fixedDays = new List<(int Node, int Days)>();
        var remaining = new List<int>();
        for (var i = 0; i < nodes.Count; i++)
            if (n.Baseline[nodes[i]] > 0) remaining.Add(nodes[i]);
        bool Feasible(int t, IReadOnlyList<int> all, IReadOnlyList<(int Node, int Days)> owed) =>
            solver.Maximise(TtsProgram.Build(n, cumPass, t, all, -1, null, atLeastDays: owed).Program) is not null;
        var level = 0;
        while (remaining.Count > 0)
        {
            if (Feasible(h, remaining, fixedDays)) break;
            var (lo, hi) = (level, h);
            while (hi - lo > 1)
            {
                var mid = lo + ((hi - lo) / 2);
                if (Feasible(mid, remaining, fixedDays)) lo = mid; else hi = mid;
            }
            var blocked = new List<int>();
            foreach (var j in remaining)
            {
                var owed = new List<(int, int)>(fixedDays);
                foreach (var other in remaining)
                    if (other != j) owed.Add((other, lo));
                if (!Feasible(lo + 1, [j], owed)) blocked.Add(j);
            }
            // No one alone is blocked but all together are: the level binds them jointly.
            if (blocked.Count == 0) blocked.AddRange(remaining);
            foreach (var j in blocked)
            {
                fixedDays.Add((j, lo));
                remaining.Remove(j);
            }
            level = lo;
        }
        var days = fixedDays.ToDictionary(f => f.Node, f => f.Days);
        for (var i = 0; i < nodes.Count; i++) result[i] = days.TryGetValue(nodes[i], out var d) ? d : null;
        return result;
    }
}
