namespace Chokepoint.Simulation.Network;

/// <summary>
/// A seeded synthetic layered supply network for benchmarks (docs/performance.md). Nodes are split evenly over
/// <see cref="Layers"/> layers; each layer's nodes are producers of items with <see cref="ProducersPerItem"/>
/// producers each, in one of <see cref="Countries"/> countries. Every node above layer 0 has two input slots, each
/// consuming a random item of the layer below from a random run of its producers; the edges are spread evenly over
/// those nodes. Flows are uniform in [0.5, 1.5) units/day, stocks uniform in [0, 60) days, every item has 5% spare
/// capacity and 180 expansion days. Two measures act: a licence (approval 0.5 after 20 days) on country 0's
/// producers of a tenth of layer 1's items from day 30, and a ban on country 1's producers of a tenth of layer 2's
/// items from day 60. The same arguments always give the same network.
/// </summary>
public static class SyntheticNetwork
{
    /// <summary>Number of layers.</summary>
    public const int Layers = 6;
    /// <summary>Producers of each item.</summary>
    public const int ProducersPerItem = 16;
    /// <summary>Number of countries.</summary>
    public const int Countries = 50;
    private const int SlotsPerNode = 2;

    /// <summary>Generates a network of <paramref name="nodes"/> nodes (≥ 12) and <paramref name="edges"/> edges (≥ nodes) over <paramref name="days"/> days.</summary>
    public static SupplyNetwork Generate(int nodes, int edges, int days, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, Layers * SlotsPerNode);
        ArgumentOutOfRangeException.ThrowIfLessThan(edges, nodes);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var random = new Random(seed);
        var perLayer = nodes / Layers;
        var layerSize = Enumerable.Range(0, Layers).Select(l => l == 0 ? nodes - (perLayer * (Layers - 1)) : perLayer).ToArray();
        var itemsPerLayer = layerSize.Select(n => Math.Max(1, n / ProducersPerItem)).ToArray();
        var itemCount = itemsPerLayer.Sum();
        var itemLayer = new int[itemCount];
        var firstItem = new int[Layers + 1];
        for (var l = 0; l < Layers; l++)
        {
            firstItem[l + 1] = firstItem[l] + itemsPerLayer[l];
            for (var k = firstItem[l]; k < firstItem[l + 1]; k++) itemLayer[k] = l;
        }
        var b = new NetworkBuilder(Enumerable.Range(0, itemCount).Select(k => "item-" + k).ToArray(), itemLayer, edges);
        Array.Fill(b.SpareFraction, 0.05);
        Array.Fill(b.ExpansionDays, 180.0);
        var licence = b.AddMeasure(Timeline("licence", days, 30, true));
        var ban = b.AddMeasure(Timeline("ban", days, 60, false));
        var licenceGroup = b.Group([licence]);
        var banGroup = b.Group([ban]);

        // Producers: node n of layer l makes item firstItem[l] + (index in layer) % items, so each item's producers are spread.
        var itemProducers = new List<int>[itemCount];
        for (var k = 0; k < itemCount; k++) itemProducers[k] = [];
        var nodeCountry = new int[nodes];
        var nodeGroup = new int[nodes];
        var node = 0;
        for (var l = 0; l < Layers; l++)
            for (var i = 0; i < layerSize[l]; i++, node++)
            {
                var item = firstItem[l] + (i % itemsPerLayer[l]);
                var country = random.Next(Countries);
                var restricted = (item - firstItem[l]) % 10 == 0;
                nodeCountry[node] = country;
                nodeGroup[node] = restricted && l == 1 && country == 0 ? licenceGroup : restricted && l == 2 && country == 1 ? banGroup : 0;
                itemProducers[item].Add(b.AddProducer(item, 0, nodeGroup[node], new NodeLabel("item-" + item, "C" + country, "synthetic")));
            }

        var upper = nodes - layerSize[0];
        var inflow = new double[nodes];
        var outflow = new double[nodes];
        node = layerSize[0];
        for (var l = 1; l < Layers; l++)
            for (var i = 0; i < layerSize[l]; i++, node++)
            {
                var index = node - layerSize[0];
                var degree = (int)(((long)edges * (index + 1) / upper) - ((long)edges * index / upper));
                for (var s = 0; s < SlotsPerNode; s++)
                {
                    var item = firstItem[l - 1] + random.Next(itemsPerLayer[l - 1]);
                    var slot = b.AddSlot(node, item, 0, true, random.NextDouble() * 60);
                    var producers = itemProducers[item];
                    var offset = random.Next(producers.Count);
                    var count = (degree / SlotsPerNode) + (s < degree % SlotsPerNode ? 1 : 0);
                    var sum = 0.0;
                    for (var e = 0; e < count; e++)
                    {
                        var source = producers[(offset + e) % producers.Count];
                        var flow = 0.5 + random.NextDouble();
                        b.AddEdge(slot, source, flow, nodeGroup[source]);
                        outflow[source] += flow;
                        sum += flow;
                    }
                    b.SlotQtys[slot] = sum;
                    if (s == 0) inflow[node] = sum;
                }
            }
        // Baseline output: what the layer above takes; the top layer (and untaken nodes) produce what their first input allows.
        for (var n = 0; n < nodes; n++) b.AddBaseline(n, outflow[n] > 0 ? outflow[n] : Math.Max(inflow[n], 1.0));
        var slotNodes = b.SlotNodes;
        var qtys = b.SlotQtys;
        for (var s = 0; s < qtys.Length; s++) qtys[s] /= b.BaselineOf(slotNodes[s]);
        return b.Build(days);
    }

    private static MeasureTimeline Timeline(string id, int days, int from, bool licence)
    {
        var inForce = new bool[days];
        for (var t = from; t < days; t++) inForce[t] = true;
        return new MeasureTimeline(id, inForce, 0, licence, 0.5, 20);
    }
}
