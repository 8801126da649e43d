namespace Chokepoint.Model;

/// <summary>A sourced value of one unit of an item (in the item's unit), used to put a price on quantities.</summary>
/// <param name="UsdPerUnit">US dollars per unit of the item, ≥ 0.</param>
/// <param name="Year">Year the value refers to.</param>
/// <param name="Note">How the value was obtained (a quoted price, or value ÷ quantity of a trade flow).</param>
public sealed record UnitValue(string Item, double UsdPerUnit, int Year, string Source, string Note)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
}
