using Chokepoint.Simulation.Network;

namespace Chokepoint.Simulation.Optimization;

/// <summary>
/// The linear programme behind the optimal time-to-survive (docs/model.md, "Optimal time-to-survive"): quantities summed
/// over the first t days, every resource of the network allocated freely. It relaxes the engine's rules, never tightens
/// them: a producer makes at most its baseline a day and needs its essential inputs (stock included) in the recipe's
/// proportions; a restricted edge carries at most what its measures let through (cumulative pass × flow × the buyer's
/// largest restocking factor); a producer's output may go to any of its buyers; an item's buyers in one country share
/// what reaches them (priority pools); lost supply may be refilled up to spare capacity plus the expansion ramp; the
/// issuer's held-back exports may serve its own makers; alternatives supply up to their spare and growing capacity.
/// </summary>
internal static class TtsProgram
{
    /// <summary>
    /// Builds the programme over the first <paramref name="t"/> days. Nodes in <paramref name="mustMeet"/> must produce their
    /// whole baseline; <paramref name="disrupted"/> (or −1) produces nothing; the objective is Σ value × output of <paramref name="value"/>
    /// (null: none). <paramref name="cumPass"/> as from DailyEngine.CumulativeGroupPass, or null for no measures.
    /// With <paramref name="shareCountry"/> ≥ 0 (the target side), that country receives from every foreign producer at most
    /// its pre-crisis share of the producer's output, and at most its share of refills and alternatives: it re-allocates only
    /// what it controls. <paramref name="atLeastDays"/> adds, per node, a minimum of that many days of its baseline output.
    /// </summary>
    public static (LinearProgram Program, int[] Output) Build(SupplyNetwork n, double[]? cumPass, int t, IReadOnlyList<int> mustMeet, int disrupted, double[]? value,
        int shareCountry = -1, IReadOnlyList<(int Node, int Days)>? atLeastDays = null)
    {
        var lp = new LinearProgram();
        var h1 = n.HorizonDays + 1;
        var p = new int[n.NodeCount];
        for (var j = 0; j < n.NodeCount; j++)
            p[j] = lp.Variable(0, j == disrupted ? 0 : n.Baseline[j] * t, value?[j] ?? 0);
        foreach (var j in mustMeet)
            if (j != disrupted) lp.Row(n.Baseline[j] * t * (1 - 1e-9), double.PositiveInfinity, (p[j], 1.0));
        foreach (var (j, days) in atLeastDays ?? [])
            if (j != disrupted) lp.Row(n.Baseline[j] * days * (1 - 1e-9), double.PositiveInfinity, (p[j], 1.0));

        // Restocking factor bound per slot, and per producer (the largest over its buyers).
        var omega = new double[n.SlotCount];
        for (var s = 0; s < n.SlotCount; s++)
        {
            var need = n.Baseline[n.SlotNode[s]] * n.SlotQty[s];
            omega[s] = n.SlotBaseline[s] > 0 ? 1.0 + (n.SlotRefill.Length > s ? n.SlotRefill[s] * need / n.SlotBaseline[s] : 0) : 1.0;
        }
        var slotOfEdge = new int[n.EdgeCount];
        for (var s = 0; s < n.SlotCount; s++)
            for (var e = n.SlotEdgeStart[s]; e < n.SlotEdgeStart[s + 1]; e++) slotOfEdge[e] = s;
        var omegaNode = new double[n.NodeCount];
        Array.Fill(omegaNode, 1.0);
        for (var e = 0; e < n.EdgeCount; e++) omegaNode[n.EdgeSource[e]] = Math.Max(omegaNode[n.EdgeSource[e]], omega[slotOfEdge[e]]);

        // Producers ship at most Ω × output; restricted edges at most what passes.
        var shipRow = new int[n.NodeCount];
        for (var j = 0; j < n.NodeCount; j++) shipRow[j] = lp.Row(double.NegativeInfinity, 0, (p[j], -omegaNode[j]));
        var y = new int[n.EdgeCount];
        for (var e = 0; e < n.EdgeCount; e++)
        {
            var g = n.EdgeGroup[e];
            var upper = g == 0 || cumPass is null ? double.PositiveInfinity : omega[slotOfEdge[e]] * n.EdgeFlow[e] * cumPass[(g * h1) + t];
            y[e] = lp.Variable(0, upper);
            lp.Add(shipRow[n.EdgeSource[e]], y[e], 1.0);
            var src = n.EdgeSource[e];
            if (shareCountry >= 0 && n.NodeCountry[n.SlotNode[slotOfEdge[e]]] == shareCountry && n.NodeCountry[src] != shareCountry && n.Baseline[src] > 0)
                lp.Row(double.NegativeInfinity, 0, (y[e], 1.0), (p[src], -omega[slotOfEdge[e]] * n.EdgeFlow[e] / n.Baseline[src]));
        }

        // Pools: an item's buyers in one country share their arrivals, refills and the issuer's freed exports.
        var x = new int[n.SlotCount];
        var pools = new Dictionary<(int Item, int Country), int>();
        var itemOfSlot = new int[n.SlotCount];
        for (var k = 0; k < n.ItemCount; k++)
            for (var s = n.ItemSlotStart[k]; s < n.ItemSlotStart[k + 1]; s++) itemOfSlot[s] = k;
        int Pool(int k, int country)
        {
            if (!pools.TryGetValue((k, country), out var row)) pools[(k, country)] = row = lp.Row(double.NegativeInfinity, 0);
            return row;
        }
        for (var s = 0; s < n.SlotCount; s++)
        {
            x[s] = lp.Variable(0, double.PositiveInfinity);
            var pool = Pool(itemOfSlot[s], n.NodeCountry[n.SlotNode[s]]);
            lp.Add(pool, x[s], 1.0);
            for (var e = n.SlotEdgeStart[s]; e < n.SlotEdgeStart[s + 1]; e++) lp.Add(pool, y[e], -1.0);
        }
        for (var k = 0; k < n.ItemCount; k++)
        {
            var refill = RefillBound(n, k, t, disrupted);
            if (refill <= 0) continue;
            var total = lp.Row(double.NegativeInfinity, refill);
            foreach (var country in Countries(n, k))
            {
                var v = lp.Variable(0, country == shareCountry ? refill * UseShare(n, k, shareCountry) : double.PositiveInfinity);
                lp.Add(total, v, 1.0);
                lp.Add(Pool(k, country), v, -1.0);
            }
        }
        for (var j = 0; j < n.ItemNodeStart[n.ItemCount]; j++)
        {
            var exported = 0.0;
            for (var e = n.NodeExportStart[j]; e < n.NodeExportStart[j + 1]; e++) exported += n.ExportFlow[e];
            if (exported <= 0 || n.NodeDomesticStart[j + 1] == n.NodeDomesticStart[j] || n.Baseline[j] <= 0) continue;
            var d = lp.Variable(0, double.PositiveInfinity);
            lp.Row(double.NegativeInfinity, 0, (d, 1.0), (p[j], -exported / n.Baseline[j]));
            lp.Add(Pool(n.NodeItem[j], n.NodeCountry[j]), d, -1.0);
        }

        // Leontief with stock, alternatives standing in for the input in use.
        var leontief = new int[n.SlotCount];
        Array.Fill(leontief, -1);
        for (var j = 0; j < n.NodeCount; j++)
            for (var i = n.NodeSlotStart[j]; i < n.NodeSlotStart[j + 1]; i++)
            {
                var s = n.NodeSlots[i];
                var q = n.SlotQty[s];
                if (!n.SlotEssential[s] || q <= 0) continue;
                var stock = n.SlotStockDays[s] * n.Baseline[j] * q;
                leontief[s] = lp.Row(double.NegativeInfinity, stock, (p[j], q), (x[s], -1.0));
            }
        AddAlternatives(n, lp, leontief, t, disrupted, shareCountry);
        return (lp, p);
    }

    /// <summary>The share of item <paramref name="k"/>'s baseline use that falls to buyers in <paramref name="country"/>.</summary>
    private static double UseShare(SupplyNetwork n, int k, int country)
    {
        double mine = 0, all = 0;
        for (var s = n.ItemSlotStart[k]; s < n.ItemSlotStart[k + 1]; s++)
        {
            all += n.SlotBaseline[s];
            if (n.NodeCountry[n.SlotNode[s]] == country) mine += n.SlotBaseline[s];
        }
        return all > 0 ? mine / all : 0;
    }

    private static void AddAlternatives(SupplyNetwork n, LinearProgram lp, int[] leontief, int t, int disrupted, int shareCountry)
    {
        var alt = n.Alternatives;
        if (alt.Count == 0) return;
        var asked = new double[n.ItemCount];
        var askedHere = new double[n.ItemCount];
        for (var a = 0; a < alt.Count; a++)
        {
            asked[alt.Item[a]] += n.Baseline[alt.Node[a]] * alt.Qty[a];
            if (n.NodeCountry[alt.Node[a]] == shareCountry) askedHere[alt.Item[a]] += n.Baseline[alt.Node[a]] * alt.Qty[a];
        }
        // On the target side, the target's alternatives draw on their own row: its share of the growing capacity.
        var rows = new Dictionary<(int Item, bool Here), int>();
        for (var a = 0; a < alt.Count; a++)
        {
            var s = alt.Slot[a];
            if (leontief[s] < 0 || alt.Qty[a] <= 0) continue;
            var k = alt.Item[a];
            var here = shareCountry >= 0 && n.NodeCountry[alt.Node[a]] == shareCountry;
            if (!rows.TryGetValue((k, here), out var row))
            {
                var produced = 0.0;
                for (var j = n.ItemNodeStart[k]; j < n.ItemNodeStart[k + 1]; j++)
                    if (j != disrupted) produced += n.Baseline[j];
                var bound = produced <= 0 ? 0 : GrowthBound(n.ItemSpareFraction[k] * produced, n.ItemExpansionDays[k], asked[k], t);
                rows[(k, here)] = row = lp.Row(double.NegativeInfinity, here && asked[k] > 0 ? bound * askedHere[k] / asked[k] : bound);
            }
            var w = lp.Variable(0, double.PositiveInfinity);
            lp.Add(row, w, 1.0);
            lp.Add(leontief[s], w, -n.SlotQty[s] / alt.Qty[a]);
        }
    }

    /// <summary>Σ over days 0 … t − 1 of spare × producers' baseline + ramp(day) × the item's whole baseline use: at least what Reallocate can add.</summary>
    private static double RefillBound(SupplyNetwork n, int k, int t, int disrupted)
    {
        // Refills come from the item's other producers: none when the disrupted node is its only one.
        var produced = 0.0;
        for (var j = n.ItemNodeStart[k]; j < n.ItemNodeStart[k + 1]; j++)
            if (j != disrupted) produced += n.Baseline[j];
        if (produced <= 0) return 0;
        var used = 0.0;
        for (var s = n.ItemSlotStart[k]; s < n.ItemSlotStart[k + 1]; s++) used += n.SlotBaseline[s];
        return GrowthBound(n.ItemSpareFraction[k] * produced, n.ItemExpansionDays[k], used, t);
    }

    private static double GrowthBound(double sparePerDay, double expansionDays, double rampTarget, int t)
    {
        var total = sparePerDay * t;
        if (expansionDays < 0 || rampTarget <= 0) return total;
        for (var d = 0; d < t; d++)
            total += rampTarget * (expansionDays == 0 ? 1.0 : Math.Min(1.0, d / expansionDays));
        return total;
    }

    private static IEnumerable<int> Countries(SupplyNetwork n, int k)
    {
        var seen = new HashSet<int>();
        for (var s = n.ItemSlotStart[k]; s < n.ItemSlotStart[k + 1]; s++)
            if (seen.Add(n.NodeCountry[n.SlotNode[s]])) yield return n.NodeCountry[n.SlotNode[s]];
    }
}
