namespace Chokepoint.Simulation.Prices;

/// <summary>The modelled monthly price of an item in one market, US dollars per kg: median and 5th/95th percentile over runs.</summary>
/// <param name="Market">"inside" (the issuer's market) or "outside".</param>
/// <param name="Anchor">The observed price the path starts from (month and value), or the other market's when this one has none.</param>
/// <param name="CalmUsdPerKg">The price with every driver at zero (no shortfall, drawdown, regime or blocked exports): the pre-crisis level (computed).</param>
public sealed record PricePath(string Item, string Market, string Issuer, IReadOnlyList<DateOnly> Months,
    double[] Median, double[] P5, double[] P95, PriceAnchor Anchor, double CalmUsdPerKg);

/// <summary>The observed price a modelled path is anchored on.</summary>
/// <param name="UsdPerKg">Mid-point of the observed range, US dollars per kg (computed).</param>
/// <param name="Market">The market of the observation (the other market's when this one has no observation: parity assumed).</param>
public sealed record PriceAnchor(DateOnly Month, double UsdPerKg, string Market, string Source);
