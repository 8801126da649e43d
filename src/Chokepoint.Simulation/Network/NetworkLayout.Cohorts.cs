namespace Chokepoint.Simulation.Network;

/// <summary>The spread slots of the laid-out network.</summary>
internal static partial class NetworkLayout
{
    /// <summary>
    /// One spread slot per node, in node order: the node's first spread slot (in slot order) keeps its cohorts; its
    /// <paramref name="stockDays"/> becomes the midpoint, the mean cover every other reader (the LP, price probes) uses.
    /// A node's further spread slots are pooled at their midpoint.
    /// </summary>
    private static (int[] Nodes, int[] Position, double[] Low, double[] High) Spreads(
        NetworkBuilder b, int[] slotNew, int[] nodeSlotStart, int[] nodeSlots, double[] stockDays)
    {
        if (b.StockHighs.Count == 0) return ([], [], [], []);
        var high = new double[stockDays.Length];
        Array.Fill(high, double.NaN);
        foreach (var (slot, days) in b.StockHighs) high[slotNew[slot]] = days;
        var nodes = new List<int>();
        var position = new List<int>();
        var low = new List<double>();
        var top = new List<double>();
        for (var j = 0; j + 1 < nodeSlotStart.Length; j++)
        {
            var first = true;
            for (var i = nodeSlotStart[j]; i < nodeSlotStart[j + 1]; i++)
            {
                var s = nodeSlots[i];
                if (double.IsNaN(high[s])) continue;
                if (first)
                {
                    nodes.Add(j);
                    position.Add(i);
                    low.Add(stockDays[s]);
                    top.Add(high[s]);
                    first = false;
                }
                stockDays[s] = (stockDays[s] + high[s]) / 2;
            }
        }
        return (nodes.ToArray(), position.ToArray(), low.ToArray(), top.ToArray());
    }
}
