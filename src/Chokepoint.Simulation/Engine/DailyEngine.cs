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
    private readonly double[] _stock;
    private readonly double[] _stockCap;
    private readonly double[] _arrivals;
    private readonly double[] _measurePass;
    private readonly double[] _groupPass;
    private readonly double[] _expansionDays;
    private readonly int[] _tts;
    private readonly int[] _lastBelow;
    private readonly double[] _lost;
    private readonly double[] _min;

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
        _measurePass = new double[network.Measures.Count * network.HorizonDays];
        _groupPass = new double[network.GroupCount];
        _expansionDays = new double[network.ItemCount];
        _tts = new int[network.NodeCount];
        _lastBelow = new int[network.NodeCount];
        _lost = new double[network.NodeCount];
        _min = new double[network.NodeCount];
        _alt = new AlternativeState(network);
    }

    /// <summary>Runs the whole horizon with <paramref name="parameters"/>, recording the series of <paramref name="tracked"/> nodes.</summary>
    public RunResult Run(RunParameters parameters, IReadOnlyList<int> tracked)
    {
        ArgumentNullException.ThrowIfNull(tracked);
        parameters.Validate();
        var h = _n.HorizonDays;
        var result = new RunResult(_n.NodeCount, tracked.Count, h);
        var trackedNodes = tracked.ToArray();
        Reset(parameters);
        for (var t = 0; t < h; t++)
        {
            Step(t);
            for (var i = 0; i < trackedNodes.Length; i++) result.Series[(i * h) + t] = (float)_frac[trackedNodes[i]];
        }
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
        var h = _n.HorizonDays;
        for (var m = 0; m < _n.Measures.Count; m++)
            _n.Measures[m].FillPass(_measurePass.AsSpan(m * h, h), p.ApprovalRate, p.LicenceDelayDays);
        for (var s = 0; s < _n.SlotCount; s++)
        {
            var need = _n.Baseline[_n.SlotNode[s]] * _n.SlotQty[s];
            _stockCap[s] = _stock[s] = _n.SlotStockDays[s] * p.StockDaysFactor * need;
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
            ForRange(_n.ItemNodeStart[firstItem], _n.ItemNodeStart[endItem], RangeKind.Produce);
            ForRange(_n.ItemSlotStart[firstItem], _n.ItemSlotStart[endItem], RangeKind.Deliver);
            for (var k = firstItem; k < endItem; k++) Reallocate(k, t);
        }
        ForRange(_n.SinkStart, _n.NodeCount, RangeKind.Produce);
        ForRange(0, _n.NodeCount, RangeKind.Record, t);
    }

    private void UpdateGroupPass(int t)
    {
        var h = _n.HorizonDays;
        _groupPass[0] = 1.0;
        for (var g = 1; g < _groupPass.Length; g++)
        {
            var pass = 1.0;
            for (var i = _n.GroupMeasureStart[g]; i < _n.GroupMeasureStart[g + 1]; i++)
                pass = Math.Min(pass, _measurePass[(_n.GroupMeasures[i] * h) + t]);
            _groupPass[g] = pass;
        }
    }

    /// <summary>Output of nodes [from, to): min of baseline and each essential input's arrivals plus stock; stocks drawn and refilled up to their cover.</summary>
    private void Produce(int from, int to)
    {
        // Node indices are bounded by the network's arrays; the overflow checks of the numeric core add nothing here.
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
                    var s = _n.NodeSlots[i];
                    var q = _n.SlotQty[s];
                    if (!_n.SlotEssential[s] || q <= 0) continue;
                    var allows = (_arrivals[s] + _stock[s]) / q;
                    if (allows < output) output = allows;
                }
                for (var i = s0; i < s1; i++)
                {
                    var s = _n.NodeSlots[i];
                    var left = _stock[s] + _arrivals[s] - (output * _n.SlotQty[s]);
                    _stock[s] = left < 0 ? 0 : left > _stockCap[s] ? _stockCap[s] : left;
                }
                _frac[j] = baseline > 0 ? output / baseline : 1.0;
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
            var e = (nint)Unsafe.Add(ref start, from);
            for (var s = from; s < to; s++)
            {
                var end = (nint)Unsafe.Add(ref start, s + 1);
                var sum = 0.0;
                for (; e < end; e++)
                    sum += Unsafe.Add(ref flow, e) * Unsafe.Add(ref frac, Unsafe.Add(ref source, e)) * Unsafe.Add(ref pass, Unsafe.Add(ref group, e));
                Unsafe.Add(ref arrivals, s) = sum;
            }
        }
    }

    /// <summary>Refills the lost supply of item <paramref name="k"/> pro rata from unrestricted producers' spare and expanding capacity.</summary>
    private void Reallocate(int k, int t)
    {
        var s0 = _n.ItemSlotStart[k];
        var s1 = _n.ItemSlotStart[k + 1];
        var lost = 0.0;
        var total = 0.0;
        for (var s = s0; s < s1; s++)
        {
            lost += _n.SlotBaseline[s] - _arrivals[s];
            total += _n.SlotBaseline[s];
        }
        if (lost <= total * 1e-12) return;
        var spare = _n.ItemSpareFraction[k];
        var days = _expansionDays[k];
        var ramp = days < 0 ? 0.0 : days == 0 ? 1.0 : Math.Min(1.0, t / days);
        if (spare <= 0 && ramp <= 0) return;
        var freeBaseline = 0.0;
        var ableBaseline = 0.0;
        for (var j = _n.ItemNodeStart[k]; j < _n.ItemNodeStart[k + 1]; j++)
        {
            if (_groupPass[_n.NodeIssuerGroup[j]] < 1.0) continue;
            freeBaseline += _n.Baseline[j];
            if (_frac[j] >= 1.0 - 1e-12) ableBaseline += _n.Baseline[j];
        }
        if (freeBaseline <= 0) return;
        var headroom = (spare * ableBaseline) + (ramp * lost * ableBaseline / freeBaseline);
        var filled = Math.Min(1.0, headroom / lost);
        for (var s = s0; s < s1; s++)
            _arrivals[s] += filled * (_n.SlotBaseline[s] - _arrivals[s]);
    }

    private void Record(int from, int to, int t)
    {
        unchecked
        {
            for (var j = from; j < to; j++)
            {
                var f = _frac[j];
                if (f < 1.0 - ShortfallTolerance && _tts[j] < 0) _tts[j] = t;
                if (f < RecoveredFraction) _lastBelow[j] = t;
                _lost[j] += 1.0 - f;
                if (f < _min[j]) _min[j] = f;
            }
        }
    }
}
