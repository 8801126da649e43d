namespace Chokepoint.Simulation.Network;

/// <summary>Turns a <see cref="NetworkBuilder"/> into the engine's layout with stable counting sorts (linear time).</summary>
internal static partial class NetworkLayout
{
    public static SupplyNetwork Build(NetworkBuilder b, int horizonDays)
    {
        var itemCount = b.ItemCount;
        var maxLevel = 0;
        foreach (var l in b.ItemLevel) maxLevel = Math.Max(maxLevel, l);
        // Items by (level, index).
        var itemOrder = Enumerable.Range(0, itemCount).OrderBy(i => b.ItemLevel[i]).ThenBy(i => i).ToArray();
        var newItem = new int[itemCount];
        for (var i = 0; i < itemCount; i++) newItem[itemOrder[i]] = i;
        var levelItemStart = new int[maxLevel + 2];
        foreach (var i in itemOrder) levelItemStart[b.ItemLevel[i] + 1]++;
        for (var l = 0; l <= maxLevel; l++) levelItemStart[l + 1] += levelItemStart[l];

        // Nodes: producers by new item, then sinks.
        var nodeCount = b.NodeItems.Length;
        var nodeKey = new int[nodeCount];
        for (var n = 0; n < nodeCount; n++) nodeKey[n] = b.NodeIsSink[n] ? itemCount : newItem[b.NodeItems[n]];
        var (nodeNew, nodeStart) = CountingOrder(nodeKey, itemCount + 1);
        var baseline = new double[nodeCount];
        var nodeItem = new int[nodeCount];
        var issuer = new int[nodeCount];
        var labels = new NodeLabel[nodeCount];
        for (var n = 0; n < nodeCount; n++)
        {
            var m = nodeNew[n];
            baseline[m] = b.NodeBaselines[n];
            nodeItem[m] = newItem[b.NodeItems[n]];
            issuer[m] = b.NodeIssuerGroups[n];
            labels[m] = b.Labels[n];
        }

        // Slots by the new index of the item they consume.
        var slotCount = b.SlotNodes.Length;
        var slotKey = new int[slotCount];
        for (var s = 0; s < slotCount; s++) slotKey[s] = newItem[b.SlotItems[s]];
        var (slotNew, itemSlotStart) = CountingOrder(slotKey, itemCount);
        var slotNode = new int[slotCount];
        var qty = new double[slotCount];
        var essential = new bool[slotCount];
        var stockDays = new double[slotCount];
        var refill = new double[slotCount];
        var priority = new bool[slotCount];
        for (var s = 0; s < slotCount; s++)
        {
            var t = slotNew[s];
            slotNode[t] = nodeNew[b.SlotNodes[s]];
            qty[t] = b.SlotQtys[s];
            essential[t] = b.SlotEssentials[s];
            stockDays[t] = b.SlotStocks[s];
            refill[t] = b.SlotRefills[s];
            priority[t] = b.SlotPriorities[s];
        }
        var (nodeSlotStart, nodeSlots) = NodeSlots(slotNode, nodeCount);
        var spreads = Spreads(b, slotNew, nodeSlotStart, nodeSlots, stockDays);

        // Edges by new slot (stable), written straight into place.
        var edgeCount = b.EdgeSlots.Length;
        var slotEdgeStart = new int[slotCount + 1];
        foreach (var s in b.EdgeSlots) slotEdgeStart[slotNew[s] + 1]++;
        for (var s = 0; s < slotCount; s++) slotEdgeStart[s + 1] += slotEdgeStart[s];
        var cursor = (int[])slotEdgeStart.Clone();
        var source = new int[edgeCount];
        var flow = new double[edgeCount];
        var group = new ushort[edgeCount];
        for (var e = 0; e < edgeCount; e++)
        {
            var p = cursor[slotNew[b.EdgeSlots[e]]]++;
            source[p] = nodeNew[b.EdgeSources[e]];
            flow[p] = b.EdgeFlows[e];
            group[p] = b.EdgeGroups[e];
        }
        var slotBaseline = new double[slotCount];
        for (var s = 0; s < slotCount; s++)
        {
            var sum = 0.0;
            for (var e = slotEdgeStart[s]; e < slotEdgeStart[s + 1]; e++) sum += flow[e];
            slotBaseline[s] = sum;
        }

        var departGroup = DepartureGroups(b);
        var groupStart = new int[b.Groups.Count + 1];
        for (var g = 0; g < b.Groups.Count; g++) groupStart[g + 1] = groupStart[g] + b.Groups[g].Length;
        var groupMeasures = b.Groups.SelectMany(g => g).ToArray();
        var nodeCountry = Countries(labels);
        var exports = Exports(nodeCount, source, flow, group, departGroup);
        var domestic = DomesticSlots(nodeItem, nodeCountry, slotNode, itemSlotStart, exports.Start);
        var domesticProducers = DomesticProducers(itemCount, nodeStart, domestic.Start);
        var pools = PriorityPools(itemCount, itemSlotStart, slotNode, nodeCountry, priority);

        return new SupplyNetwork
        {
            NodeCount = nodeCount,
            Labels = labels,
            ItemIds = itemOrder.Select(i => b.ItemIds[i]).ToArray(),
            Measures = b.Measures.ToArray(),
            HorizonDays = horizonDays,
            Baseline = baseline,
            NodeItem = nodeItem,
            NodeSlotStart = nodeSlotStart,
            NodeSlots = nodeSlots,
            NodeIssuerGroup = issuer,
            LevelItemStart = levelItemStart,
            SinkStart = nodeStart[itemCount],
            ItemNodeStart = nodeStart[..(itemCount + 1)],
            ItemSlotStart = itemSlotStart,
            ItemSpareFraction = itemOrder.Select(i => b.SpareFraction[i]).ToArray(),
            ItemExpansionDays = itemOrder.Select(i => b.ExpansionDays[i]).ToArray(),
            ItemProjectStart = ProjectStarts(b, itemOrder),
            ProjectDay = itemOrder.SelectMany(i => b.Projects[i]).Select(p => p.Day).ToArray(),
            ProjectFraction = itemOrder.SelectMany(i => b.Projects[i]).Select(p => p.Fraction).ToArray(),
            SlotNode = slotNode,
            SlotQty = qty,
            SlotEssential = essential,
            SlotStockDays = stockDays,
            SpreadNodes = spreads.Nodes,
            SpreadPosition = spreads.Position,
            SpreadLowDays = spreads.Low,
            SpreadHighDays = spreads.High,
            SlotBaseline = slotBaseline,
            SlotEdgeStart = slotEdgeStart,
            EdgeSource = source,
            EdgeFlow = flow,
            EdgeGroup = group,
            GroupMeasureStart = groupStart,
            GroupMeasures = groupMeasures,
            Alternatives = AlternativeTable.Build(b, nodeNew, slotNew, newItem),
            GroupLagDays = b.GroupLags.ToArray(),
            GroupDeparture = departGroup,
            NodeCountry = nodeCountry,
            SlotRefill = refill,
            SlotPriority = priority,
            NodeExportStart = exports.Start,
            ExportGroup = exports.Group,
            ExportFlow = exports.Flow,
            NodeDomesticStart = domestic.Start,
            DomesticSlots = domestic.Slots,
            ItemDomesticStart = domesticProducers.Start,
            DomesticProducers = domesticProducers.Nodes,
            ItemPoolStart = pools.ItemStart,
            PoolSlotStart = pools.SlotStart,
            PoolSlots = pools.Slots,
        };
    }

    /// <summary>Stable counting sort: the new position of each element and the start of each key (length keyCount + 1).</summary>
    private static (int[] NewIndex, int[] Start) CountingOrder(int[] keys, int keyCount)
    {
        var start = new int[keyCount + 1];
        foreach (var k in keys) start[k + 1]++;
        for (var k = 0; k < keyCount; k++) start[k + 1] += start[k];
        var cursor = (int[])start.Clone();
        var result = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++) result[i] = cursor[keys[i]]++;
        return (result, start);
    }

    private static (int[] Start, int[] Slots) NodeSlots(int[] slotNode, int nodeCount)
    {
        var start = new int[nodeCount + 1];
        foreach (var n in slotNode) start[n + 1]++;
        for (var n = 0; n < nodeCount; n++) start[n + 1] += start[n];
        var cursor = (int[])start.Clone();
        var slots = new int[slotNode.Length];
        for (var s = 0; s < slotNode.Length; s++) slots[cursor[slotNode[s]]++] = s;
        return (start, slots);
    }
}
