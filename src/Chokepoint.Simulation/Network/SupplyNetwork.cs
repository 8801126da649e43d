namespace Chokepoint.Simulation.Network;

/// <summary>
/// A compiled supply network: flat arrays laid out in the order the engine walks them, built once by
/// <see cref="NetworkBuilder"/> and shared read-only by every run (thread-safe).
/// </summary>
/// <remarks>
/// Producer nodes are grouped by item and items by level (raw items at level 0), so the producers of an
/// item, and of a level, are contiguous; sink nodes (final demand, other uses) come last. Input slots
/// (one per node and input item) are grouped by the item they consume, and each slot owns a contiguous
/// run of in-edges (CSR), so one day is a single forward pass over the edge arrays.
/// </remarks>
public sealed partial class SupplyNetwork
{
    internal SupplyNetwork() { }

    /// <summary>Number of nodes.</summary>
    public int NodeCount { get; internal init; }
    /// <summary>Number of supply edges.</summary>
    public int EdgeCount => EdgeSource.Length;
    /// <summary>Number of input slots (node × input item).</summary>
    public int SlotCount => SlotQty.Length;
    /// <summary>Node labels by node index.</summary>
    public IReadOnlyList<NodeLabel> Labels { get; internal init; } = [];
    /// <summary>Item ids by item index.</summary>
    public IReadOnlyList<string> ItemIds { get; internal init; } = [];
    /// <summary>Restricting measures, by measure index.</summary>
    public IReadOnlyList<MeasureTimeline> Measures { get; internal init; } = [];
    /// <summary>Number of simulated days.</summary>
    public int HorizonDays { get; internal init; }

    internal double[] Baseline { get; init; } = [];
    internal int[] NodeItem { get; init; } = [];
    internal int[] NodeSlotStart { get; init; } = [];
    internal int[] NodeSlots { get; init; } = [];
    internal int[] NodeIssuerGroup { get; init; } = [];
    internal int[] LevelItemStart { get; init; } = [];
    internal int SinkStart { get; init; }
    internal int[] ItemNodeStart { get; init; } = [];
    internal int[] ItemSlotStart { get; init; } = [];
    internal double[] ItemSpareFraction { get; init; } = [];
    internal double[] ItemExpansionDays { get; init; } = [];
    /// <summary>Start of each item's capacity projects in <see cref="ProjectDay"/> and <see cref="ProjectFraction"/> (CSR, ItemCount + 1).</summary>
    internal int[] ItemProjectStart { get; init; } = [0];
    /// <summary>Day of the horizon a capacity project's output starts.</summary>
    internal int[] ProjectDay { get; init; } = [];
    /// <summary>A capacity project's output as a fraction of its item's world output.</summary>
    internal double[] ProjectFraction { get; init; } = [];
    internal int[] SlotNode { get; init; } = [];
    internal double[] SlotQty { get; init; } = [];
    internal bool[] SlotEssential { get; init; } = [];
    internal double[] SlotStockDays { get; init; } = [];
    internal double[] SlotBaseline { get; init; } = [];
    internal int[] SlotEdgeStart { get; init; } = [];
    internal int[] EdgeSource { get; init; } = [];
    internal double[] EdgeFlow { get; init; } = [];
    internal ushort[] EdgeGroup { get; init; } = [];
    internal int[] GroupMeasureStart { get; init; } = [];
    internal int[] GroupMeasures { get; init; } = [];
    internal int[] GroupLagDays { get; init; } = [];
    internal ushort[] GroupDeparture { get; init; } = [];
    internal int[] NodeCountry { get; init; } = [];
    internal double[] SlotRefill { get; init; } = [];
    internal bool[] SlotPriority { get; init; } = [];
    internal int[] NodeExportStart { get; init; } = [];
    internal ushort[] ExportGroup { get; init; } = [];
    internal double[] ExportFlow { get; init; } = [];
    internal int[] NodeDomesticStart { get; init; } = [];
    internal int[] DomesticSlots { get; init; } = [];
    internal int[] ItemDomesticStart { get; init; } = [];
    internal int[] DomesticProducers { get; init; } = [];
    internal int[] ItemPoolStart { get; init; } = [];
    internal int[] PoolSlotStart { get; init; } = [];
    internal int[] PoolSlots { get; init; } = [];

    /// <summary>Longest transit lag of any restriction group, in days.</summary>
    internal int MaxLagDays => GroupLagDays.Length == 0 ? 0 : GroupLagDays.Max();

    /// <summary>Number of item levels (raw = 0).</summary>
    internal int LevelCount => LevelItemStart.Length - 1;
    /// <summary>Number of restriction groups (group 0 = unrestricted).</summary>
    internal int GroupCount => GroupMeasureStart.Length - 1;
    /// <summary>Number of items.</summary>
    internal int ItemCount => ItemNodeStart.Length - 1;

    /// <summary>Baseline output of node <paramref name="node"/> (units of its item per day).</summary>
    public double BaselinePerDay(int node) => Baseline[node];
}
