namespace Chokepoint.Application.Prices;

/// <summary>What a unit of a stockpiled item costs where the target would buy it (outside the issuer), before and during the crisis.</summary>
/// <param name="UsdPerUnitBefore">Price before any measure (the model's calm level, or the unit value), US$ per unit of the item; null when unknown.</param>
/// <param name="UsdPerUnitDuring">Price in the month the crisis peaks (highest modelled outside price), US$ per unit; null when unknown.</param>
/// <param name="Basis">Where the two figures come from (observed and modelled prices, or a unit value plus its priced inputs' change).</param>
public sealed record StockpilePrice(string Item, double? UsdPerUnitBefore, double? UsdPerUnitDuring, string Basis);
