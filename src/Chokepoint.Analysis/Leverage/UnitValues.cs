using Chokepoint.Model;

namespace Chokepoint.Analysis.Leverage;

/// <summary>Sourced unit values (unit_values.csv) by item. Thread-safe for reading.</summary>
public sealed class UnitValues
{
    private readonly Dictionary<string, UnitValue> _byItem;

    /// <summary>Indexes the unit values of <paramref name="dataset"/> (the last row per item wins).</summary>
    public UnitValues(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _byItem = dataset.Tables.UnitValues.GroupBy(v => v.Item).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }

    /// <summary>The unit value of <paramref name="item"/>, or null when the dataset has none.</summary>
    public UnitValue? Of(string item) => _byItem.GetValueOrDefault(item);

    /// <summary>US dollars per unit of <paramref name="item"/>, or null when unknown.</summary>
    public double? UsdPerUnit(string item) => _byItem.TryGetValue(item, out var v) ? v.UsdPerUnit : null;
}
