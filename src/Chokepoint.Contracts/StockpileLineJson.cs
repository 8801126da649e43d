namespace Chokepoint.Contracts;

/// <summary>
/// Extra cover of one item: days, quantity (three decimals) in its unit, value in US$ (null without a unit value) at the
/// price before the crisis in the market where it would be bought, and at the price during it (its peak month).
/// </summary>
/// <param name="PriceBasis">Where the prices come from (observed and modelled prices, or a unit value and its priced inputs).</param>
public sealed record StockpileLineJson(string Item, int DaysOfCover, double Quantity, string Unit, double? ValueUsd,
    double? UsdPerUnitBefore = null, double? UsdPerUnitDuring = null, double? ValueDuringUsd = null, string? PriceBasis = null);
