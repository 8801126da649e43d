using Chokepoint.Simulation.Network;

namespace Chokepoint.Simulation.Engine;

/// <summary>
/// Substitution between alternative inputs and extra stock cover (docs/model.md, "Substitution" and "Stockpile search").
/// </summary>
/// <remarks>
/// Just before a level produces, every producer of the level whose input in use falls short (arrivals plus stock
/// below its baseline need) starts its switching clock; once the input has been short for the alternative's
/// switching days, the producer asks the alternative for the missing quantity. An alternative item supplies at most
/// its unrestricted producers' spare capacity (expansion.csv) plus new capacity growing linearly over its expansion
/// days toward what switchers ask for, shared pro rata among the day's switchers; what it supplies counts as the
/// input in use in the recipe's proportions. Penalties (cost, performance) are reported, not simulated. No allocation.
/// </remarks>
public sealed partial class DailyEngine
{
    private readonly AlternativeState _alt;

    /// <summary>Extra days of cover (above the scenario's) held in slot <paramref name="slot"/> at the start of every run; 0 removes it.</summary>
    public void SetExtraCover(int slot, double days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (!double.IsFinite(days)) throw new ArgumentOutOfRangeException(nameof(days), days, "expected a finite number of days ≥ 0");
        _alt.ExtraCover[slot] = days;
    }

    /// <summary>Clears every extra cover set by <see cref="SetExtraCover"/>.</summary>
    public void ClearExtraCover() => Array.Clear(_alt.ExtraCover);

    private void ResetAlternatives()
    {
        Array.Fill(_alt.ShortSince, -1);
        Array.Fill(_alt.Day, -1);
        for (var s = 0; s < _alt.ExtraCover.Length; s++)
        {
            var extra = _alt.ExtraCover[s];
            if (extra <= 0) continue;
            var add = extra * _n.Baseline[_n.SlotNode[s]] * _n.SlotQty[s];
            AddCover(_alt.Position[s], add);
        }
    }

    private void Substitute(int level, int t)
    {
        var table = _n.Alternatives;
        var a0 = table.LevelStart[level];
        var a1 = table.LevelStart[level + 1];
        if (a0 == a1) return;
        // Pass 1: what each switched producer asks of its alternative, summed per alternative item.
        for (var a = a0; a < a1; a++)
        {
            _alt.Want[a] = 0;
            var s = table.Slot[a];
            var q = _n.SlotQty[s];
            var gap = (_n.Baseline[table.Node[a]] * q) - _arrivals[s] - _stock[_alt.Position[s]];
            if (q <= 0 || gap <= _n.Baseline[table.Node[a]] * q * 1e-9) continue;
            if (_alt.ShortSince[a] < 0) _alt.ShortSince[a] = t;
            if (t - _alt.ShortSince[a] < table.SwitchDays[a]) continue;
            var k = table.Item[a];
            if (_alt.Day[k] != t) OpenDay(k, t);
            _alt.Want[a] = gap / q * table.Qty[a];
            _alt.Asked[k] += _alt.Want[a];
        }
        // Pass 2: pro-rata share of each alternative item's capacity, never more than the gap still open.
        for (var a = a0; a < a1; a++)
        {
            if (_alt.Want[a] <= 0 || table.Qty[a] <= 0) continue;
            var k = table.Item[a];
            var asked = _alt.Asked[k];
            var capacity = _alt.Capacity[k] + (_alt.Ramp[k] * asked);
            var fill = capacity >= asked ? 1.0 : capacity / asked;
            var s = table.Slot[a];
            var q = _n.SlotQty[s];
            var open = (_n.Baseline[table.Node[a]] * q) - _arrivals[s] - _stock[_alt.Position[s]];
            if (open <= 0) continue;
            var supplied = Math.Min(_alt.Want[a] * fill, open / q * table.Qty[a]);
            _arrivals[s] += supplied / table.Qty[a] * q;
        }
    }

    /// <summary>Today's spare capacity and expansion ramp of alternative item <paramref name="k"/> (its producers have produced: lower level).</summary>
    private void OpenDay(int k, int t)
    {
        _alt.Day[k] = t;
        _alt.Asked[k] = 0;
        var free = 0.0;
        for (var j = _n.ItemNodeStart[k]; j < _n.ItemNodeStart[k + 1]; j++)
            if (_groupPass[_n.NodeIssuerGroup[j]] >= 1.0) free += _n.Baseline[j] * _frac[j];
        var days = _expansionDays[k];
        _alt.Capacity[k] = _n.ItemSpareFraction[k] * free;
        _alt.Ramp[k] = free <= 0 || days < 0 ? 0.0 : days == 0 ? 1.0 : Math.Min(1.0, t / days);
    }

    /// <summary>Per-run state of substitution, sized once per engine.</summary>
    private sealed class AlternativeState(SupplyNetwork n)
    {
        /// <summary>Position of each slot in node order, where the engine keeps per-slot stock.</summary>
        public readonly int[] Position = PositionsOf(n);
        public readonly int[] ShortSince = new int[n.AlternativeCount];
        public readonly double[] Want = new double[n.AlternativeCount];
        public readonly int[] Day = new int[n.ItemIds.Count];
        public readonly double[] Asked = new double[n.ItemIds.Count];
        public readonly double[] Capacity = new double[n.ItemIds.Count];
        public readonly double[] Ramp = new double[n.ItemIds.Count];
        public readonly double[] ExtraCover = new double[n.SlotCount];

        private static int[] PositionsOf(SupplyNetwork n)
        {
            var position = new int[n.SlotCount];
            for (var i = 0; i < n.SlotCount; i++) position[n.NodeSlots[i]] = i;
            return position;
        }
    }
}
