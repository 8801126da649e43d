using Chokepoint.Simulation.Network;

namespace Chokepoint.Simulation.Engine;

/// <summary>One recorded flow: an item leaving producers in one country for buyers in another.</summary>
public readonly record struct FlowKey(string Item, string Exporter, string Importer);

/// <summary>
/// The cross-border edges of a network grouped by (item, exporter, importer), for recording the daily flow that leaves
/// the exporter's border (before transit). Built once per network; read-only and thread-safe.
/// </summary>
public sealed class FlowIndex
{
    private FlowIndex(FlowKey[] keys, int[] start, int[] edges, int[] slots)
    {
        Keys = keys;
        Start = start;
        Edges = edges;
        Slots = slots;
    }

    /// <summary>The flows, in index order (by item, exporter, importer).</summary>
    public IReadOnlyList<FlowKey> Keys { get; }
    internal int[] Start { get; }
    internal int[] Edges { get; }
    internal int[] Slots { get; }

    /// <summary>Baseline of flow <paramref name="flow"/>: the sum of its edges' baseline flows, in units per day.</summary>
    public double BaselineOf(SupplyNetwork network, int flow)
    {
        ArgumentNullException.ThrowIfNull(network);
        var sum = 0.0;
        for (var i = Start[flow]; i < Start[flow + 1]; i++) sum += network.EdgeFlow[Edges[i]];
        return sum;
    }

    /// <summary>Indexes every edge of <paramref name="network"/> whose seller and buyer are in different countries.</summary>
    public static FlowIndex Of(SupplyNetwork network) => Of(network, null);

    /// <summary>Indexes the cross-border edges of <paramref name="network"/> whose flow <paramref name="keep"/> accepts (all when null).</summary>
    public static FlowIndex Of(SupplyNetwork network, Func<FlowKey, bool>? keep)
    {
        ArgumentNullException.ThrowIfNull(network);
        var byKey = new SortedDictionary<(string, string, string), List<(int Edge, int Slot)>>();
        for (var s = 0; s < network.SlotCount; s++)
        {
            var buyer = network.Labels[network.SlotNode[s]].Country;
            for (var e = network.SlotEdgeStart[s]; e < network.SlotEdgeStart[s + 1]; e++)
            {
                var seller = network.Labels[network.EdgeSource[e]];
                if (seller.Country == buyer) continue;
                var key = (seller.Item, seller.Country, buyer);
                if (keep is not null && !keep(new FlowKey(key.Item, key.Country, buyer))) continue;
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
                list.Add((e, s));
            }
        }
        var keys = new FlowKey[byKey.Count];
        var start = new int[byKey.Count + 1];
        var edges = new List<int>();
        var slots = new List<int>();
        var i = 0;
        foreach (var (key, list) in byKey)
        {
            keys[i] = new FlowKey(key.Item1, key.Item2, key.Item3);
            foreach (var (e, s) in list) { edges.Add(e); slots.Add(s); }
            start[++i] = edges.Count;
        }
        return new FlowIndex(keys, start, edges.ToArray(), slots.ToArray());
    }
}
