namespace Chokepoint.Analysis.Macro;

/// <summary>Output of a product lost in a country (from the stress test), US$ a year.</summary>
/// <param name="Item">The product.</param>
/// <param name="Country">Where the output is lost (ISO3, as an MRIO region).</param>
/// <param name="LostUsdPerYear">Lost output value, US$ a year, ≥ 0.</param>
public readonly record struct ProductLoss(string Item, string Country, double LostUsdPerYear);
