using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Chokepoint.Simulation.Network;

namespace Chokepoint.Simulation.Engine;

/// <summary>
/// Runs a <see cref="SupplyNetwork"/> day by day (equations in docs/model.md). One instance owns the mutable
/// state of one run and is reused across runs; use one instance per thread. The daily pass streams over the
/// edge arrays without allocating.
/// </summary>
/// <remarks>
/// Each day, level by level from raw items up: producers of the level produce min(baseline, what each essential
/// input allows from arrivals plus stock) and draw their stocks; then every input slot consuming an item of the
/// level sums its in-edges (baseline flow × supplier's output fraction × share the measures let through); the
/// item's lost supply is then partly refilled from unrestricted producers' spare and growing capacity.
/// </remarks>
public sealed partial class DailyEngine
{
    /// <summary>Output below 1 − this counts as unmet demand (TTS).</summary>
    public const double ShortfallTolerance = 1e-9;
    /// <summary>Output at or above this fraction of baseline counts as recovered (TTR).</summary>
    public const double RecoveredFraction = 0.995;

    private readonly SupplyNetwork _n;
    private readonly int _threads;
    private readonly double[] _frac;
    // Per input slot in node order (position i of NodeSlots), so the producing pass reads them front to back.
    private readonly double[] _stock;
    private readonly double[] _stockCap;
    private readonly double[] _refillPerDay;
    private readonly double[] _qty;
    private readonly bool[] _essential;
    private readonly double[] _need;
    // Per input slot in slot order.
    private readonly bool[] _unrestricted;
    private readonly double[] _arrivals;
    private readonly double[] _order;
    private readonly double[] _measurePass;
    private readonly double[] _groupPass;
    private readonly double[] _departPass;
    private readonly double[] _expansionDays;
    private readonly int[] _tts;
    private readonly int[] _lastBelow;
    private readonly double[] _lost;
    private readonly double[] _min;
    private readonly int _lookBack;
    // False when no slot restocks (e.g. the synthetic benchmark): the order factor stays 1 and is skipped.
    private readonly bool _restocks;

    /// <summary>Allocates the state of one run over <paramref name="network"/>; <paramref name="threads"/> &gt; 1 splits each day's pass.</summary>
    public DailyEngine(SupplyNetwork network, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _n = network;
        _threads = threads;
        _frac = new double[network.NodeCount];
        _stock = new double[network.SlotCount];
        _stockCap = new double[network.SlotCount];
        _arrivals = new double[network.SlotCount];
        _order = new double[network.SlotCount];
        _refillPerDay = new double[network.SlotCount];
        _qty = new double[network.SlotCount];
        _essential = new bool[network.SlotCount];
        _need = new double[network.SlotCount];
        for (var i = 0; i < network.SlotCount; i++)
        {
            var s = network.NodeSlots[i];
            _qty[i] = network.SlotQty[s];
            _essential[i] = network.SlotEssential[s];
            _need[i] = network.SlotBaseline[s];
        }
        _unrestricted = new bool[network.SlotCount];
        for (var s = 0; s < network.SlotCount; s++)
        {
            var free = true;
            for (var e = network.SlotEdgeStart[s]; e < network.SlotEdgeStart[s + 1]; e++) free &= network.EdgeGroup[e] == 0;
            _unrestricted[s] = free;
        }
        _lookBack = network.MaxLagDays;
        _restocks = Array.Exists(network.SlotRefill, r => r > 0);
        _measurePass = new double[network.Measures.Count * (network.HorizonDays + _lookBack)];
        _groupPass = new double[network.GroupCount];
        _departPass = new double[network.GroupCount];
        _expansionDays = new double[network.ItemCount];
        _tts = new int[network.NodeCount];
        _lastBelow = new int[network.NodeCount];
        _lost = new double[network.NodeCount];
        _min = new double[network.NodeCount];
        _alt = new AlternativeState(network);
        _cohortStock = new double[network.SpreadNodes.Length * K];
        _cohortCap = new double[network.SpreadNodes.Length * K];
    }

    /// <summary>Wall-clock seconds of the fastest simulated day of the last run (benchmarks: the best of repeated passes, as the C yardstick reports).</summary>
    public double FastestDaySeconds { get; private set; }

    /// <summary>Runs the whole horizon with <paramref name="parameters"/>, recording the series of <paramref name="tracked"/> nodes.</summary>
    public RunResult Run(RunParameters parameters, IReadOnlyList<int> tracked) => Run(parameters, tracked, null);

    /// <summary>As <see cref="Run(RunParameters, IReadOnlyList{int})"/>, also recording the daily flows of <paramref name="flows"/> (built on this network) when given.</summary>
    public RunResult Run(RunParameters parameters, IReadOnlyList<int> tracked, FlowIndex? flows)
    {
        ArgumentNullException.ThrowIfNull(tracked);
        return Run(parameters, tracked.ToArray(), flows, new RunResult(_n.NodeCount, tracked.Count, _n.HorizonDays, flows?.Keys.Count ?? 0));
    }

    // A NaN compares false with every threshold, so a run whose state overflowed would report no shortfall at all.
    private void RefuseNonFinite()
    {
        var sum = 0.0;
        for (var j = 0; j < _frac.Length; j++) sum += _frac[j] + _lost[j] + _min[j];
        for (var s = 0; s < _stock.Length; s++) sum += _stock[s];
        if (double.IsFinite(sum)) return;
        for (var j = 0; j < _frac.Length; j++)
            if (!double.IsFinite(_frac[j] + _lost[j] + _min[j]))
                throw new ModelRangeException($"the stress test reached a non-finite state at {_n.Labels[j].Item} in {_n.Labels[j].Country}; its quantities are out of the range the engine computes (check recipe quantities, stocks and demand along this chain)");
        throw new ModelRangeException("the stress test reached a non-finite stock; its quantities are out of the range the engine computes (check stocks.csv and recipe quantities)");
    }

    /// <summary>As <see cref="Run(RunParameters, IReadOnlyList{int}, FlowIndex?)"/>, overwriting <paramref name="result"/> (sized for this network, tracked nodes and flows) so Monte Carlo workers allocate nothing per run.</summary>
    internal RunResult Run(RunParameters parameters, int[] trackedNodes, FlowIndex? flows, RunResult result)
    {
        parameters.Validate();
        var h = _n.HorizonDays;
        if (result.TtsDays.Length != _n.NodeCount || result.Series.Length != trackedNodes.Length * h || result.Flows.Length != (flows?.Keys.Count ?? 0) * h)
            throw new ArgumentException("result buffer does not match the network, tracked nodes and flows", nameof(result));
        Reset(parameters);
        var fastest = long.MaxValue;
        for (var t = 0; t < h; t++)
        {
            var clock = Stopwatch.GetTimestamp();
            Step(t);
            fastest = Math.Min(fastest, Stopwatch.GetTimestamp() - clock);
            for (var i = 0; i < trackedNodes.Length; i++) result.Series[(i * h) + t] = (float)_frac[trackedNodes[i]];
            if (flows is not null) RecordFlows(flows, result.Flows, t);
        }
        FastestDaySeconds = (double)fastest / Stopwatch.Frequency;
        RefuseNonFinite();
        for (var j = 0; j < _n.NodeCount; j++)
        {
            result.TtsDays[j] = _tts[j];
            var recovered = _tts[j] >= 0 && _lastBelow[j] < h - 1;
            result.TtrDays[j] = recovered ? Math.Max(_tts[j], _lastBelow[j] + 1) : -1;
            result.LostOutputPct[j] = 100.0 * _lost[j] / h;
            result.MinOutputFraction[j] = _min[j];
        }
        return result;
    }

    private void Reset(RunParameters p)
    {
        var span = _n.HorizonDays + _lookBack;
        for (var m = 0; m < _n.Measures.Count; m++)
            _n.Measures[m].FillPass(_measurePass.AsSpan(m * span, span), p.ApprovalRate, p.LicenceDelayDays, _lookBack);
        for (var i = 0; i < _n.SlotCount; i++)
        {
            var s = _n.NodeSlots[i];
            var need = _n.Baseline[_n.SlotNode[s]] * _n.SlotQty[s];
            _stockCap[i] = _stock[i] = _n.SlotStockDays[s] * p.StockDaysFactor * need;
            _refillPerDay[i] = _n.SlotRefill[s] * need;
            _order[s] = 1.0;
            _arrivals[s] = 0;
        }
        for (var k = 0; k < _expansionDays.Length; k++)
        {
            var e = _n.ItemExpansionDays[k];
            _expansionDays[k] = e > 0 ? e * p.ExpansionDaysFactor : e;
        }
        Array.Fill(_frac, 1.0);
        Array.Fill(_tts, -1);
        Array.Fill(_lastBelow, -1);
        Array.Clear(_lost);
        Array.Fill(_min, 1.0);
        ResetCohorts(p);
        ResetAlternatives();
    }

    private void Step(int t)
    {
        UpdateGroupPass(t);
        for (var level = 0; level < _n.LevelCount; level++)
        {
            var firstItem = _n.LevelItemStart[level];
            var endItem = _n.LevelItemStart[level + 1];
            Substitute(level, t);
            ForRange(_n.ItemNodeStart[firstItem], _n.ItemNodeStart[endItem], RangeKind.Produce, t);
            ForRange(_n.ItemSlotStart[firstItem], _n.ItemSlotStart[endItem], RangeKind.Deliver);
            for (var k = firstItem; k < endItem; k++) Allocate(k, t);
        }
        ForRange(_n.SinkStart, _n.NodeCount, RangeKind.Produce, t);
    }

    /// <summary>Share of each group's flow arriving on day t: what its measures let out on day t − transit lag.</summary>
    private void UpdateGroupPass(int t)
    {
        var span = _n.HorizonDays + _lookBack;
        _groupPass[0] = _departPass[0] = 1.0;
        for (var g = 1; g < _groupPass.Length; g++)
        {
            var pass = 1.0;
            var depart = 1.0;
            var day = t + _lookBack - _n.GroupLagDays[g];
            for (var i = _n.GroupMeasureStart[g]; i < _n.GroupMeasureStart[g + 1]; i++)
            {
                var m = _n.GroupMeasures[i] * span;
                pass = Math.Min(pass, _measurePass[m + day]);
                depart = Math.Min(depart, _measurePass[m + t + _lookBack]);
            }
            _groupPass[g] = pass;
            _departPass[g] = depart;
        }
    }

    /// <summary>
    /// Output of nodes [from, to) on day t: min of baseline and each essential input's arrivals plus stock; stocks drawn and
    /// refilled up to their cover; a slot below its cover orders up to its refill rate above baseline for the next day. Then
    /// the day is recorded for the node (TTS, last day below recovered, lost output, minimum), as no later pass of the day
    /// changes its output. Nodes with a spread slot produce by cohort (<see cref="ProduceCohorts"/>); the runs of nodes
    /// between them take the pooled loop unchanged.
    /// </summary>
    private void Produce(int from, int to, int t)
    {
        var spread = _n.SpreadNodes;
        if (spread.Length == 0)
        {
            ProducePooled(from, to, t);
            return;
        }
        var k = Array.BinarySearch(spread, from);
        if (k < 0) k = ~k;
        for (; k < spread.Length && spread[k] < to; k++)
        {
            ProducePooled(from, spread[k], t);
            ProduceCohorts(k, t);
            from = spread[k] + 1;
        }
        ProducePooled(from, to, t);
    }

    /// <summary>Output of nodes [from, to) whose input slots each hold one pooled stock.</summary>
    private void ProducePooled(int from, int to, int t)
    {
        // Node and slot indices are bounded by the network's arrays; the overflow checks of the numeric core add nothing here.
        unchecked
        {
            for (var j = from; j < to; j++)
            {
                var baseline = _n.Baseline[j];
                var output = baseline;
                var s0 = _n.NodeSlotStart[j];
                var s1 = _n.NodeSlotStart[j + 1];
                for (var i = s0; i < s1; i++)
                {
                    var q = _qty[i];
                    if (!_essential[i] || q <= 0) continue;
                    var allows = (_arrivals[_n.NodeSlots[i]] + _stock[i]) / q;
                    if (allows < output) output = allows;
                }
                // Draw and Record are inlined (DailyEngine.Cohorts.cs; measured: the same rate as the loop written out).
                for (var i = s0; i < s1; i++) Draw(i, output);
                Record(j, baseline, output, t);
            }
        }
    }

    /// <summary>Arrivals of slots [from, to): the streaming pass over edges.</summary>
    /// <remarks>
    /// The hot loop: indices come from the network's own CSR arrays (validated when laid out), so bounds checks and
    /// overflow checks are dropped here with unchecked arithmetic over array references.
    /// </remarks>
    private void Deliver(int from, int to)
    {
        unchecked
        {
            ref var start = ref MemoryMarshal.GetArrayDataReference(_n.SlotEdgeStart);
            ref var source = ref MemoryMarshal.GetArrayDataReference(_n.EdgeSource);
            ref var flow = ref MemoryMarshal.GetArrayDataReference(_n.EdgeFlow);
            ref var group = ref MemoryMarshal.GetArrayDataReference(_n.EdgeGroup);
            ref var frac = ref MemoryMarshal.GetArrayDataReference(_frac);
            ref var pass = ref MemoryMarshal.GetArrayDataReference(_groupPass);
            ref var arrivals = ref MemoryMarshal.GetArrayDataReference(_arrivals);
            ref var order = ref MemoryMarshal.GetArrayDataReference(_order);
            ref var unrestricted = ref MemoryMarshal.GetArrayDataReference(_unrestricted);
            var restocks = _restocks;
            var e = (nint)Unsafe.Add(ref start, from);
            for (var s = from; s < to; s++)
            {
                var end = (nint)Unsafe.Add(ref start, s + 1);
                var sum = 0.0;
                // A slot whose edges are all unrestricted (group 0, pass exactly 1) skips the group gather: x × 1.0 is x, so the sum is unchanged.
                if (Unsafe.Add(ref unrestricted, s))
                {
                    for (; e < end; e++)
                        sum += Unsafe.Add(ref flow, e) * Unsafe.Add(ref frac, Unsafe.Add(ref source, e));
                }
                else
                {
                    for (; e < end; e++)
                        sum += Unsafe.Add(ref flow, e) * Unsafe.Add(ref frac, Unsafe.Add(ref source, e)) * Unsafe.Add(ref pass, Unsafe.Add(ref group, e));
                }
                Unsafe.Add(ref arrivals, s) = restocks ? sum * Unsafe.Add(ref order, s) : sum;
            }
        }
    }

    /// <summary>Flow leaving the exporter on day t: baseline × seller's output fraction × what the measures let out that day × the buyer's order factor.</summary>
    private void RecordFlows(FlowIndex flows, float[] into, int t)
    {
        var h = _n.HorizonDays;
        for (var f = 0; f < flows.Keys.Count; f++)
        {
            var sum = 0.0;
            for (var i = flows.Start[f]; i < flows.Start[f + 1]; i++)
            {
                var e = flows.Edges[i];
                sum += _n.EdgeFlow[e] * _frac[_n.EdgeSource[e]] * _departPass[_n.GroupDeparture[_n.EdgeGroup[e]]] * _order[flows.Slots[i]];
            }
            into[(f * h) + t] = (float)sum;
        }
    }
}
