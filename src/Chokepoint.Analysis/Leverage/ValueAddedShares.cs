using Chokepoint.Model;

namespace Chokepoint.Analysis.Leverage;

/// <summary>value_added.csv by (item, country), a country's own row before the <c>*</c> row. Thread-safe for reading.</summary>
public sealed class ValueAddedShares
{
    private readonly Dictionary<(string, string), ValueAddedShare> _rows;

    /// <summary>Indexes the value-added shares of <paramref name="dataset"/> (the last row per key wins).</summary>
    public ValueAddedShares(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _rows = dataset.Tables.ValueAdded.GroupBy(v => (v.Item, v.Country)).ToDictionary(g => g.Key, g => g.Last());
    }

    /// <summary>The row for <paramref name="item"/> in <paramref name="country"/>, else its <c>*</c> row, else null.</summary>
    public ValueAddedShare? Of(string item, string country) =>
        _rows.GetValueOrDefault((item, country)) ?? _rows.GetValueOrDefault((item, "*"));
}
