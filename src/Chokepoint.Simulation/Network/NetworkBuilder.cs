using System.Runtime.InteropServices;

namespace Chokepoint.Simulation.Network;

/// <summary>
/// Collects nodes, input slots and edges in any order and lays them out for the engine
/// (<see cref="SupplyNetwork"/>): stable counting sorts by item level, item and slot. Not thread-safe.
/// </summary>
public sealed partial class NetworkBuilder
{
    private readonly int _itemCount;
    private readonly int[] _itemLevel;
    private readonly List<int> _nodeItem = [];
    private readonly List<double> _nodeBaseline = [];
    private readonly List<int> _nodeIssuerGroup = [];
    private readonly List<NodeLabel> _labels = [];
    private readonly List<bool> _nodeIsSink = [];
    private readonly List<int> _slotNode = [];
    private readonly List<int> _slotItem = [];
    private readonly List<double> _slotQty = [];
    private readonly List<bool> _slotEssential = [];
    private readonly List<double> _slotStockDays = [];
    private readonly List<double> _slotRefill = [];
    private readonly List<bool> _slotPriority = [];
    private readonly List<int> _groupLag = [0];
    private readonly List<int> _edgeSlot;
    private readonly List<int> _edgeSource;
    private readonly List<double> _edgeFlow;
    private readonly List<ushort> _edgeGroup;
    private readonly List<int[]> _groups = [[]];
    private readonly Dictionary<string, int> _groupIndex = new(StringComparer.Ordinal) { [""] = 0 };
    private readonly List<MeasureTimeline> _measures = [];

    /// <summary>Starts a network over items with the given levels (raw = 0; an item's level exceeds its inputs').</summary>
    public NetworkBuilder(IReadOnlyList<string> itemIds, IReadOnlyList<int> itemLevels, int expectedEdges = 0)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(itemLevels);
        ItemIds = itemIds;
        _itemCount = itemIds.Count;
        _itemLevel = itemLevels.ToArray();
        SpareFraction = new double[_itemCount];
        ExpansionDays = new double[_itemCount];
        Array.Fill(ExpansionDays, -1.0);
        Projects = new List<(int Day, double Fraction)>[_itemCount];
        for (var k = 0; k < _itemCount; k++) Projects[k] = [];
        _edgeSlot = new List<int>(expectedEdges);
        _edgeSource = new List<int>(expectedEdges);
        _edgeFlow = new List<double>(expectedEdges);
        _edgeGroup = new List<ushort>(expectedEdges);
    }

    /// <summary>Item ids by item index.</summary>
    public IReadOnlyList<string> ItemIds { get; }
    /// <summary>Spare capacity of unrestricted producers by item, as a fraction of their output (0.1 = 10%).</summary>
    public double[] SpareFraction { get; }
    /// <summary>Days to build replacement capacity by item; negative = no expansion.</summary>
    public double[] ExpansionDays { get; }
    /// <summary>Capacity projects by item: the day of the horizon a project's output starts and its capacity as a fraction of world output.</summary>
    public List<(int Day, double Fraction)>[] Projects { get; }

    /// <summary>Adds a producer of <paramref name="item"/> with baseline output in units per day; returns its id.</summary>
    public int AddProducer(int item, double baselinePerDay, int issuerGroup, NodeLabel label) => AddNode(item, baselinePerDay, issuerGroup, label, sink: false);

    /// <summary>Adds a sink (final demand or other uses) of <paramref name="item"/> consuming units per day; returns its id.</summary>
    public int AddSink(int item, double baselinePerDay, NodeLabel label) => AddNode(item, baselinePerDay, 0, label, sink: true);

    /// <summary>Adds <paramref name="perDay"/> to the baseline output of <paramref name="node"/> (demand pushed up the recipes).</summary>
    public void AddBaseline(int node, double perDay) => _nodeBaseline[node] += perDay;

    /// <summary>Baseline output of <paramref name="node"/> so far, in units per day.</summary>
    public double BaselineOf(int node) => _nodeBaseline[node];

    /// <summary>Adds an input slot: node <paramref name="node"/> needs <paramref name="qtyPerUnit"/> of item <paramref name="item"/> per unit of output.</summary>
    public int AddSlot(int node, int item, double qtyPerUnit, bool essential, double stockDays)
    {
        _slotNode.Add(node);
        _slotItem.Add(item);
        _slotQty.Add(qtyPerUnit);
        _slotEssential.Add(essential);
        _slotStockDays.Add(stockDays);
        _slotRefill.Add(0);
        _slotPriority.Add(false);
        return _slotNode.Count - 1;
    }

    /// <summary>
    /// Lets <paramref name="slot"/> order up to <paramref name="refillFraction"/> of its daily need above baseline while its
    /// stock is below its cover (restocking); 0 (the default) orders the baseline only. Range 0–10.
    /// </summary>
    public void SetRefill(int slot, double refillFraction)
    {
        if (!double.IsFinite(refillFraction) || refillFraction is < 0 or > 10) throw new ArgumentOutOfRangeException(nameof(refillFraction), refillFraction, "expected 0–10");
        _slotRefill[slot] = refillFraction;
    }

    /// <summary>Gives <paramref name="slot"/> priority over other buyers of its item in its country when the item falls short there.</summary>
    public void SetPriority(int slot) => _slotPriority[slot] = true;

    /// <summary>Adds a supply edge into <paramref name="slot"/> from producer <paramref name="source"/> with a baseline flow (units/day).</summary>
    public void AddEdge(int slot, int source, double flowPerDay, int group)
    {
        _edgeSlot.Add(slot);
        _edgeSource.Add(source);
        _edgeFlow.Add(flowPerDay);
        _edgeGroup.Add(checked((ushort)group));
    }

    /// <summary>Registers a restricting measure; returns its index.</summary>
    public int AddMeasure(MeasureTimeline measure)
    {
        _measures.Add(measure);
        return _measures.Count - 1;
    }

    /// <summary>The restriction group of a set of measure indices (0 for none), shared between equal sets.</summary>
    public int Group(IReadOnlyList<int> measures) => Group(measures, 0);

    /// <summary>
    /// The restriction group of a set of measures acting on goods that take <paramref name="lagDays"/> to arrive (transit):
    /// the buyer feels on day t what the measures let out on day t − lag. Group 0 is unrestricted; equal (set, lag) pairs share a group.
    /// </summary>
    public int Group(IReadOnlyList<int> measures, int lagDays)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentOutOfRangeException.ThrowIfNegative(lagDays);
        var sorted = measures.Distinct().Order().ToArray();
        if (sorted.Length == 0) return 0;
        var key = string.Join(",", sorted) + "@" + lagDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (lagDays == 0) key = string.Join(",", sorted);
        if (_groupIndex.TryGetValue(key, out var g)) return g;
        if (_groups.Count >= ushort.MaxValue) throw new InvalidOperationException("more than 65,535 distinct restriction groups");
        _groups.Add(sorted);
        _groupLag.Add(lagDays);
        return _groupIndex[key] = _groups.Count - 1;
    }

    /// <summary>The measure indices of group <paramref name="group"/> (empty for group 0).</summary>
    public IReadOnlyList<int> MeasuresOf(int group) => _groups[group];

    private int AddNode(int item, double baseline, int issuerGroup, NodeLabel label, bool sink)
    {
        _nodeItem.Add(item);
        _nodeBaseline.Add(baseline);
        _nodeIssuerGroup.Add(issuerGroup);
        _labels.Add(label);
        _nodeIsSink.Add(sink);
        return _nodeItem.Count - 1;
    }

    /// <summary>Lays the network out for the engine.</summary>
    public SupplyNetwork Build(int horizonDays) => NetworkLayout.Build(this, horizonDays);

    internal int ItemCount => _itemCount;
    internal int[] ItemLevel => _itemLevel;
    internal Span<int> NodeItems => CollectionsMarshal.AsSpan(_nodeItem);
    internal Span<double> NodeBaselines => CollectionsMarshal.AsSpan(_nodeBaseline);
    internal Span<int> NodeIssuerGroups => CollectionsMarshal.AsSpan(_nodeIssuerGroup);
    internal List<NodeLabel> Labels => _labels;
    internal Span<bool> NodeIsSink => CollectionsMarshal.AsSpan(_nodeIsSink);
    internal Span<int> SlotNodes => CollectionsMarshal.AsSpan(_slotNode);
    internal Span<int> SlotItems => CollectionsMarshal.AsSpan(_slotItem);
    internal Span<double> SlotQtys => CollectionsMarshal.AsSpan(_slotQty);
    internal Span<bool> SlotEssentials => CollectionsMarshal.AsSpan(_slotEssential);
    internal Span<double> SlotStocks => CollectionsMarshal.AsSpan(_slotStockDays);
    internal Span<int> EdgeSlots => CollectionsMarshal.AsSpan(_edgeSlot);
    internal Span<int> EdgeSources => CollectionsMarshal.AsSpan(_edgeSource);
    internal Span<double> EdgeFlows => CollectionsMarshal.AsSpan(_edgeFlow);
    internal Span<ushort> EdgeGroups => CollectionsMarshal.AsSpan(_edgeGroup);
    internal List<int[]> Groups => _groups;
    internal List<int> GroupLags => _groupLag;
    internal Span<double> SlotRefills => CollectionsMarshal.AsSpan(_slotRefill);
    internal Span<bool> SlotPriorities => CollectionsMarshal.AsSpan(_slotPriority);
    internal List<MeasureTimeline> Measures => _measures;
}
