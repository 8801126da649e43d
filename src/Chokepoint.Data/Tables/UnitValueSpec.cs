using Chokepoint.Model;

namespace Chokepoint.Data.Tables;

/// <summary>unit_values.csv (optional): sourced US-dollar values per unit of an item.</summary>
public static class UnitValueSpec
{
    /// <summary>The spec of unit_values.csv.</summary>
    public static readonly TableSpec<UnitValue> Spec = new("unit_values.csv", false, ["item", "usd_per_unit", "year", "source", "note"],
        (r, o) =>
        {
            var item = r.Id("item");
            var value = r.Number("usd_per_unit", 0, double.MaxValue);
            var year = r.Int("year", 1900, 2100);
            var source = r.Id("source");
            return item is null || value is null || year is null || source is null ? null
                : new UnitValue(item, value.Value, year.Value, source, r.Raw("note")) { Origin = o };
        }, v => v.Item, "item");
}
