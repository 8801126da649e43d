namespace Chokepoint.Contracts;

/// <summary>Extra cover of one item: days, quantity (three decimals) in its unit, value in US$ (null without a unit value).</summary>
public sealed record StockpileLineJson(string Item, int DaysOfCover, double Quantity, string Unit, double? ValueUsd);
