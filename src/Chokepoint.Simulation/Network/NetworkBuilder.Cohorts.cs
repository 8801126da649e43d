namespace Chokepoint.Simulation.Network;

/// <summary>Stock covers spread across a slot's holders (docs/model.md, "Stocks where they are held").</summary>
public sealed partial class NetworkBuilder
{
    private readonly Dictionary<int, double> _stockHigh = [];

    /// <summary>
    /// Spreads the cover of <paramref name="slot"/> over its node's holders: the slot's makers are split into
    /// <see cref="SupplyNetwork.Cohorts"/> equal cohorts whose covers run evenly from the slot's stock days (set by
    /// <see cref="AddSlot"/>) to <paramref name="highDays"/> (≥ those days, finite).
    /// </summary>
    public void SetStockSpread(int slot, double highDays)
    {
        var low = _slotStockDays[slot];
        if (!double.IsFinite(highDays) || highDays < low)
            throw new ArgumentOutOfRangeException(nameof(highDays), highDays, $"expected a finite number of days ≥ the slot's {low}");
        _stockHigh[slot] = highDays;
    }

    internal Dictionary<int, double> StockHighs => _stockHigh;
}
