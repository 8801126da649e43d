using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.Engine;
using Chokepoint.Simulation.Network;

namespace Chokepoint.Simulation.Optimization;

/// <summary>One node's time-to-survive under the simulation's rules beside the optimum, and its risk exposure index.</summary>
/// <param name="TtsDays">First day with unmet demand in the simulation (scenario as written); null = not within the horizon.</param>
/// <param name="TtsLpDays">Target side (LP): longest time the node's demand can be fully met when its country re-allocates what it controls (its stocks, its makers' inputs) and receives from every foreign producer only its pre-crisis share; null = the whole horizon.</param>
/// <param name="RiskExposureIndex">Lost output value (US$) of the target's final demand when this producer alone is disrupted for its recovery time (LP); null for sinks.</param>
/// <param name="TtsLpWorldDays">World optimum (LP, max–min over all buyers): the level at which the node is served when every buyer's time-to-survive is raised together; null = the whole horizon.</param>
public sealed record TtsRow(string Item, string Country, string Kind, int? TtsDays, int? TtsLpDays, double? RiskExposureIndex, int? RecoveryDays, int? TtsLpWorldDays = null);

/// <summary>
/// Optimal time-to-survive and risk exposure (Simchi-Levi et al.; docs/model.md): for every reported node, the largest t
/// for which <see cref="TtsProgram"/> over the first t days is feasible with the node's demand fully met (bisection over
/// whole days), beside the simulation's TTS; and for every producer, the value of final demand lost when it alone stops
/// for its recovery time (expansion days of its item, capped at the horizon) in the unrestricted network.
/// </summary>
public static class TimeToSurvive
{
    /// <summary>Runs the analysis on <paramref name="compiled"/> with <paramref name="solver"/>; <paramref name="demandValue"/> gives US$ per unit of a demanded product (null when unknown).</summary>
    public static IReadOnlyList<TtsRow> Run(CompiledScenario compiled, ILinearSolver solver, Func<string, double?> demandValue, bool riskIndex = true)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(demandValue);
        var n = compiled.Network;
        var h = n.HorizonDays;
        var engine = new DailyEngine(n);
        var sim = engine.Run(RunParameters.AsWritten, []);
        var cumPass = engine.CumulativeGroupPass(RunParameters.AsWritten);
        var rows = new List<TtsRow>();
        var world = WorldTimeToSurvive.Run(n, solver, cumPass, compiled.ReportedNodes);
        for (var i = 0; i < compiled.ReportedNodes.Count; i++)
        {
            var j = compiled.ReportedNodes[i];
            var lp = LpTts(n, solver, cumPass, j, n.NodeCountry[j]);
            var label = n.Labels[j];
            rows.Add(new TtsRow(label.Item, label.Country, label.Kind, sim.TtsDays[j] < 0 ? null : sim.TtsDays[j], lp >= h ? null : lp, null, null, world[i]));
        }
        if (!riskIndex) return rows;
        // A producer that is also reported (a product's maker) keeps one row: its TTS figures and its index.
        foreach (var risk in RiskExposure(n, solver, demandValue))
        {
            var i = rows.FindIndex(r => r.Item == risk.Item && r.Country == risk.Country && r.Kind == risk.Kind);
            if (i >= 0) rows[i] = rows[i] with { RiskExposureIndex = risk.RiskExposureIndex, RecoveryDays = risk.RecoveryDays };
            else rows.Add(risk);
        }
        return rows;
    }

    /// <summary>
    /// The largest whole number of days (0 … horizon) over which node <paramref name="node"/> can be fully served; with
    /// <paramref name="shareCountry"/> ≥ 0 (target side) that country gets only its pre-crisis share of foreign supply,
    /// with −1 every resource in the world may go to the node (an upper bound no planner can count on).
    /// </summary>
    public static int LpTts(SupplyNetwork network, ILinearSolver solver, double[] cumPass, int node, int shareCountry)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(solver);
        var h = network.HorizonDays;
        bool Feasible(int t) => solver.Maximise(TtsProgram.Build(network, cumPass, t, [node], -1, null, shareCountry).Program) is not null;
        if (network.Baseline[node] <= 0 || Feasible(h)) return h;
        var lo = 0;
        var hi = h;
        while (hi - lo > 1)
        {
            var mid = lo + ((hi - lo) / 2);
            if (Feasible(mid)) lo = mid; else hi = mid;
        }
        return lo;
    }

    /// <summary>Risk exposure index of every producer with output: lost value of final demand when it alone stops for its recovery time.</summary>
    private static List<TtsRow> RiskExposure(SupplyNetwork n, ILinearSolver solver, Func<string, double?> demandValue)
    {
        var value = new double[n.NodeCount];
        for (var j = 0; j < n.NodeCount; j++)
            if (n.Labels[j].Kind == NodeLabel.DemandKind) value[j] = demandValue(n.Labels[j].Item) ?? 0;
        var rows = new List<TtsRow>();
        for (var k = 0; k < n.ItemCount; k++)
        {
            var days = n.ItemExpansionDays[k];
            var ttr = days < 0 ? n.HorizonDays : (int)Math.Min(n.HorizonDays, Math.Ceiling(days));
            if (ttr <= 0) continue;
            double full = 0;
            for (var j = 0; j < n.NodeCount; j++) full += value[j] * n.Baseline[j] * ttr;
            if (full <= 0) continue;
            for (var j = n.ItemNodeStart[k]; j < n.ItemNodeStart[k + 1]; j++)
            {
                if (n.Baseline[j] <= 0) continue;
                var result = solver.Maximise(TtsProgram.Build(n, null, ttr, [], j, value).Program);
                if (result is not { } r) continue; // the solver failed on this programme: no index rather than a wrong one
                var lost = Math.Max(0, full - r.Objective);
                var label = n.Labels[j];
                rows.Add(new TtsRow(label.Item, label.Country, label.Kind, null, null, lost, ttr));
            }
        }
        return rows;
    }
}
