namespace Chokepoint.Simulation.Network;

/// <summary>
/// The alternatives of a compiled network as flat arrays in the engine's order: grouped by the level of the
/// switching producer's item (so a level's switches run just before it produces), in builder order within a level.
/// </summary>
internal sealed class AlternativeTable
{
    public static readonly AlternativeTable Empty = new([0], [], [], [], [], []);

    private AlternativeTable(int[] levelStart, int[] node, int[] slot, int[] item, double[] qty, double[] switchDays)
    {
        LevelStart = levelStart;
        Node = node;
        Slot = slot;
        Item = item;
        Qty = qty;
        SwitchDays = switchDays;
    }

    /// <summary>Start of each level's alternatives (length levels + 1).</summary>
    public int[] LevelStart { get; }
    /// <summary>Switching producer, by alternative.</summary>
    public int[] Node { get; }
    /// <summary>Input slot (the input in use) the alternative stands in for.</summary>
    public int[] Slot { get; }
    /// <summary>Item index of the alternative input.</summary>
    public int[] Item { get; }
    /// <summary>Units of the alternative per unit of the producer's output.</summary>
    public double[] Qty { get; }
    /// <summary>Days the input in use must have been short before the producer has switched.</summary>
    public double[] SwitchDays { get; }
    /// <summary>Number of alternatives.</summary>
    public int Count => Node.Length;

    public static AlternativeTable Build(NetworkBuilder b, int[] nodeNew, int[] slotNew, int[] itemNew)
    {
        var list = b.Alternatives;
        var maxLevel = 0;
        foreach (var l in b.ItemLevel) maxLevel = Math.Max(maxLevel, l);
        var levelStart = new int[maxLevel + 2];
        if (list.Count == 0) return new AlternativeTable(levelStart, [], [], [], [], []);
        var levelOf = new int[list.Count];
        for (var a = 0; a < list.Count; a++)
        {
            levelOf[a] = b.ItemLevel[b.NodeItems[list[a].Node]];
            levelStart[levelOf[a] + 1]++;
        }
        for (var l = 0; l <= maxLevel; l++) levelStart[l + 1] += levelStart[l];
        var cursor = (int[])levelStart.Clone();
        var node = new int[list.Count];
        var slot = new int[list.Count];
        var item = new int[list.Count];
        var qty = new double[list.Count];
        var days = new double[list.Count];
        for (var a = 0; a < list.Count; a++)
        {
            var p = cursor[levelOf[a]]++;
            node[p] = nodeNew[list[a].Node];
            slot[p] = slotNew[list[a].Slot];
            item[p] = itemNew[list[a].Item];
            qty[p] = list[a].QtyPerUnit;
            days[p] = list[a].SwitchDays;
        }
        return new AlternativeTable(levelStart, node, slot, item, qty, days);
    }
}
