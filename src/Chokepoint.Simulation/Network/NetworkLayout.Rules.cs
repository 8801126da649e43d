namespace Chokepoint.Simulation.Network;

/// <summary>The arrays behind the issuer's domestic service and priority allocation, derived once from the laid-out network.</summary>
internal static partial class NetworkLayout
{
    /// <summary>Country index of every node (countries numbered in order of first appearance).</summary>
    private static int[] Countries(NodeLabel[] labels)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new int[labels.Length];
        for (var n = 0; n < labels.Length; n++)
        {
            var c = labels[n].Country ?? "";
            if (!index.TryGetValue(c, out var i)) index[c] = i = index.Count;
            result[n] = i;
        }
        return result;
    }

    /// <summary>Start of each laid-out item's capacity projects (CSR over <paramref name="itemOrder"/>).</summary>
    private static int[] ProjectStarts(NetworkBuilder b, int[] itemOrder)
    {
        var start = new int[itemOrder.Length + 1];
        for (var k = 0; k < itemOrder.Length; k++) start[k + 1] = start[k] + b.Projects[itemOrder[k]].Count;
        return start;
    }

    /// <summary>For each group, the group of the same measures without transit lag (what leaves the border that day).</summary>
    private static ushort[] DepartureGroups(NetworkBuilder b)
    {
        var result = new ushort[b.Groups.Count];
        for (var g = 0; g < result.Length; g++)
            result[g] = b.GroupLags[g] == 0 ? (ushort)g : checked((ushort)b.Group(b.Groups[g], 0));
        return result;
    }

    /// <summary>Each producer's restricted out-flows summed by departure group (CSR by node).</summary>
    private static (int[] Start, ushort[] Group, double[] Flow) Exports(int nodeCount, int[] source, double[] flow, ushort[] group, ushort[] departGroup)
    {
        var sums = new Dictionary<(int Node, ushort Group), double>();
        for (var e = 0; e < source.Length; e++)
        {
            if (group[e] == 0) continue;
            var key = (source[e], departGroup[group[e]]);
            sums[key] = sums.GetValueOrDefault(key) + flow[e];
        }
        var start = new int[nodeCount + 1];
        foreach (var key in sums.Keys) start[key.Node + 1]++;
        for (var n = 0; n < nodeCount; n++) start[n + 1] += start[n];
        var cursor = (int[])start.Clone();
        var groups = new ushort[sums.Count];
        var flows = new double[sums.Count];
        foreach (var (key, f) in sums.OrderBy(kv => kv.Key.Node).ThenBy(kv => kv.Key.Group))
        {
            var p = cursor[key.Node]++;
            groups[p] = key.Group;
            flows[p] = f;
        }
        return (start, groups, flows);
    }

    /// <summary>Per item, the producers that have both restricted exports and buyers at home (CSR by item), so the daily pass skips the rest.</summary>
    private static (int[] Start, int[] Nodes) DomesticProducers(int itemCount, int[] itemNodeStart, int[] domesticStart)
    {
        var start = new int[itemCount + 1];
        var nodes = new List<int>();
        for (var k = 0; k < itemCount; k++)
        {
            for (var j = itemNodeStart[k]; j < itemNodeStart[k + 1]; j++)
                if (domesticStart[j + 1] > domesticStart[j]) nodes.Add(j);
            start[k + 1] = nodes.Count;
        }
        return (start, nodes.ToArray());
    }

    /// <summary>For each producer with restricted exports, the slots of its item held in its own country (CSR by node).</summary>
    private static (int[] Start, int[] Slots) DomesticSlots(int[] nodeItem, int[] nodeCountry, int[] slotNode, int[] itemSlotStart, int[] exportStart)
    {
        var nodeCount = nodeItem.Length;
        var start = new int[nodeCount + 1];
        var slots = new List<int>();
        for (var j = 0; j < nodeCount; j++)
        {
            if (exportStart[j + 1] > exportStart[j] && nodeItem[j] < itemSlotStart.Length - 1)
            {
                var k = nodeItem[j];
                for (var s = itemSlotStart[k]; s < itemSlotStart[k + 1]; s++)
                    if (nodeCountry[slotNode[s]] == nodeCountry[j]) slots.Add(s);
            }
            start[j + 1] = slots.Count;
        }
        return (start, slots.ToArray());
    }

    /// <summary>
    /// The pools of priority allocation: per item, the slots of one country where at least one slot has priority
    /// (CSR: items → pools → slots).
    /// </summary>
    private static (int[] ItemStart, int[] SlotStart, int[] Slots) PriorityPools(int itemCount, int[] itemSlotStart, int[] slotNode, int[] nodeCountry, bool[] priority)
    {
        var itemStart = new int[itemCount + 1];
        var slotStart = new List<int> { 0 };
        var slots = new List<int>();
        for (var k = 0; k < itemCount; k++)
        {
            var countries = new SortedSet<int>();
            for (var s = itemSlotStart[k]; s < itemSlotStart[k + 1]; s++)
                if (priority[s]) countries.Add(nodeCountry[slotNode[s]]);
            foreach (var c in countries)
            {
                for (var s = itemSlotStart[k]; s < itemSlotStart[k + 1]; s++)
                    if (nodeCountry[slotNode[s]] == c) slots.Add(s);
                slotStart.Add(slots.Count);
            }
            itemStart[k + 1] = slotStart.Count - 1;
        }
        return (itemStart, slotStart.ToArray(), slots.ToArray());
    }
}
