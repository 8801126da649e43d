using Chokepoint.Model;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Compile;

/// <summary>
/// Days of cover (and refill rate) a holder in a country keeps of an input: the scenario's per-item override, else the most
/// specific stocks.csv row — the item before "*", then the holder (the item it makes, then its industry, then "*"), then
/// the country before "*" — else the scenario's default_days, else 0. A row may spread the holders' covers up to its
/// days_of_cover_high.
/// </summary>
internal sealed class StockLookup(Dataset dataset, StockOverrides overrides)
{
    private readonly Dictionary<(string Item, string Country, string Holder), StockCover> _rows =
        dataset.Tables.Stocks.GroupBy(s => (s.Item, s.Country, s.Holder)).ToDictionary(g => g.Key, g => g.Last());

    /// <summary>Days of cover of <paramref name="item"/> held in <paramref name="country"/> by the makers of <paramref name="holder"/> (null: no particular holder).</summary>
    public double DaysOf(string item, string country, string? holder = null) =>
        overrides.Items.TryGetValue(item, out var o) ? o : Row(item, country, holder)?.DaysOfCover ?? overrides.DefaultDays ?? 0;

    /// <summary>
    /// Top of the holders' spread of covers (the row's days_of_cover_high), or null when they all keep one cover: no such
    /// value, no row, or a scenario override of the item (which sets one cover).
    /// </summary>
    public double? HighOf(string item, string country, string? holder = null) =>
        overrides.Items.ContainsKey(item) ? null : Row(item, country, holder)?.DaysOfCoverHigh;

    /// <summary>Extra order while below cover, as a fraction of daily use (the row's refill_pct ÷ 100; 0 without a row or a value).</summary>
    public double RefillOf(string item, string country, string? holder = null) =>
        (Row(item, country, holder)?.RefillPct ?? 0) / 100.0;

    private StockCover? Row(string item, string country, string? holder)
    {
        var industry = holder is not null && dataset.Items.TryGetValue(holder, out var it) ? it.Industry : null;
        foreach (var i in (ReadOnlySpan<string>)[item, Names.Everyone])
            foreach (var h in (ReadOnlySpan<string?>)[holder, industry, Names.Everyone])
            {
                if (h is null) continue;
                if (_rows.TryGetValue((i, country, h), out var row)) return row;
                if (_rows.TryGetValue((i, Names.Everyone, h), out row)) return row;
            }
        return null;
    }
}
