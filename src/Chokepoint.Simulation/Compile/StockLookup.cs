using Chokepoint.Model;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Compile;

/// <summary>
/// Days of cover a holder in a country keeps of an input: the scenario's per-item override, else stocks.csv
/// (item,country), (item,*), (*,country), (*,*), else the scenario's default_days, else 0.
/// </summary>
internal sealed class StockLookup(Dataset dataset, StockOverrides overrides)
{
    private readonly Dictionary<(string, string), double> _rows =
        dataset.Tables.Stocks.GroupBy(s => (s.Item, s.Country)).ToDictionary(g => g.Key, g => g.Last().DaysOfCover);

    public double DaysOf(string item, string country)
    {
        if (overrides.Items.TryGetValue(item, out var o)) return o;
        if (_rows.TryGetValue((item, country), out var d)) return d;
        if (_rows.TryGetValue((item, Names.Everyone), out d)) return d;
        if (_rows.TryGetValue((Names.Everyone, country), out d)) return d;
        if (_rows.TryGetValue((Names.Everyone, Names.Everyone), out d)) return d;
        return overrides.DefaultDays ?? 0;
    }
}
