using System.Runtime.CompilerServices;
using Chokepoint.Simulation.Network;

namespace Chokepoint.Simulation.Engine;

/// <summary>
/// Stock covers spread across a slot's holders (docs/model.md, "Stocks where they are held").
/// </summary>
/// <remarks>
/// A node with a spread slot is K = <see cref="SupplyNetwork.Cohorts"/> equal cohorts of makers. Cohort c gets 1/K of the
/// slot's arrivals and holds its own stock (cover low + (c + 0.5)(high − low)/K days of its 1/K of the need); it makes
/// min(baseline, what the node's other essential slots allow, (arrivals/K + its stock)/q per K), so the makers with the
/// least stock stop first. The slot's stock position holds the cohorts' sum, which every other reader (order factor,
/// substitution, prices) sees. Sums over cohorts are pairwise: with equal cohorts every part is the pooled value ÷ 8
/// (exact in binary), and the pairwise sum of eight equal parts is exact, so low = high gives the pooled result bit for bit.
/// </remarks>
public sealed partial class DailyEngine
{
    private const int K = SupplyNetwork.Cohorts;
    private readonly double[] _cohortStock;
    private readonly double[] _cohortCap;

    private void ResetCohorts(RunParameters p)
    {
        for (var k = 0; k < _n.SpreadNodes.Length; k++)
        {
            var i = _n.SpreadPosition[k];
            var s = _n.NodeSlots[i];
            var need = _n.Baseline[_n.SlotNode[s]] * _n.SlotQty[s];
            for (var c = 0; c < K; c++)
            {
                var cover = SupplyNetwork.CohortCoverDays(_n.SpreadLowDays[k], _n.SpreadHighDays[k], c);
                _cohortCap[(k * K) + c] = _cohortStock[(k * K) + c] = cover * p.StockDaysFactor * need / K;
            }
            _stockCap[i] = _stock[i] = Sum(_cohortCap.AsSpan(k * K, K));
        }
    }

    /// <summary>Adds <paramref name="add"/> units of extra cover to slot position <paramref name="i"/>, shared equally by its cohorts when it is spread.</summary>
    private void AddCover(int i, double add)
    {
        _stock[i] += add;
        _stockCap[i] += add;
        var j = _n.SlotNode[_n.NodeSlots[i]];
        var k = Array.BinarySearch(_n.SpreadNodes, j);
        if (k < 0 || _n.SpreadPosition[k] != i) return;
        for (var c = 0; c < K; c++)
        {
            _cohortStock[(k * K) + c] += add / K;
            _cohortCap[(k * K) + c] += add / K;
        }
    }

    /// <summary>Output of spread node <c>SpreadNodes[k]</c> on day t: the sum of its cohorts' outputs; cohorts draw their own stock, the other slots are pooled.</summary>
    private void ProduceCohorts(int k, int t)
    {
        var j = _n.SpreadNodes[k];
        var p = _n.SpreadPosition[k];
        var baseline = _n.Baseline[j];
        var bound = baseline;
        var s0 = _n.NodeSlotStart[j];
        var s1 = _n.NodeSlotStart[j + 1];
        for (var i = s0; i < s1; i++)
        {
            var q = _qty[i];
            if (i == p || !_essential[i] || q <= 0) continue;
            var allows = (_arrivals[_n.NodeSlots[i]] + _stock[i]) / q;
            if (allows < bound) bound = allows;
        }
        var sp = _n.NodeSlots[p];
        var qty = _qty[p];
        var binds = _essential[p] && qty > 0;
        var arrive = _arrivals[sp] / K;
        var share = bound / K;
        var stock = _cohortStock.AsSpan(k * K, K);
        var cap = _cohortCap.AsSpan(k * K, K);
        Span<double> part = stackalloc double[K];
        for (var c = 0; c < K; c++)
        {
            var o = share;
            if (binds)
            {
                var allows = (arrive + stock[c]) / qty;
                if (allows < o) o = allows;
            }
            part[c] = o;
        }
        var output = Sum(part);
        var refill = _refillPerDay[p] / K;
        Span<double> order = stackalloc double[K];
        for (var c = 0; c < K; c++)
        {
            var left = stock[c] + arrive - (part[c] * qty);
            left = left < 0 ? 0 : left > cap[c] ? cap[c] : left;
            stock[c] = left;
            var gap = cap[c] - left;
            order[c] = gap < refill ? gap : refill;
        }
        _stock[p] = Sum(stock);
        if (_restocks && refill > 0)
        {
            var need = _need[p];
            _order[sp] = need > 0 ? 1.0 + (Sum(order) / need) : 1.0;
        }
        for (var i = s0; i < s1; i++)
            if (i != p) Draw(i, output);
        Record(j, baseline, output, t);
    }

    /// <summary>Draws slot position <paramref name="i"/> by the node's <paramref name="output"/>, refills it up to its cover and sets its order factor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Draw(int i, double output)
    {
        unchecked
        {
            var s = _n.NodeSlots[i];
            var left = _stock[i] + _arrivals[s] - (output * _qty[i]);
            var cap = _stockCap[i];
            left = left < 0 ? 0 : left > cap ? cap : left;
            _stock[i] = left;
            if (!_restocks) return;
            var refill = _refillPerDay[i];
            if (refill > 0)
            {
                var gap = cap - left;
                var need = _need[i];
                _order[s] = need > 0 ? 1.0 + ((gap < refill ? gap : refill) / need) : 1.0;
            }
        }
    }

    /// <summary>Records node <paramref name="j"/>'s day: its output fraction, TTS, last day below recovered, lost and minimum output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Record(int j, double baseline, double output, int t)
    {
        var f = baseline > 0 ? output / baseline : 1.0;
        _frac[j] = f;
        if (f < 1.0 - ShortfallTolerance && _tts[j] < 0) _tts[j] = t;
        if (f < RecoveredFraction) _lastBelow[j] = t;
        _lost[j] += 1.0 - f;
        if (f < _min[j]) _min[j] = f;
    }

    /// <summary>Pairwise sum of K = 8 values: exact for eight equal values.</summary>
    private static double Sum(ReadOnlySpan<double> v) => ((v[0] + v[1]) + (v[2] + v[3])) + ((v[4] + v[5]) + (v[6] + v[7]));
}
