namespace Chokepoint.Contracts;

/// <summary>
/// prices ITEM: observed and modelled prices of an item inside its issuer and outside, the model's coefficients and
/// where they come from, and the outside/inside ratio scored against the months where both markets were observed.
/// </summary>
/// <param name="Scenario">The scenario the modelled paths come from.</param>
/// <param name="Issuer">The inside market: the country with the largest baseline output of the item.</param>
/// <param name="Runs">Monte Carlo runs behind the paths (median and p5–p95).</param>
/// <param name="RatioErrorFittedPct">Mean absolute error (%) of the modelled ratio in months up to the cut-off; null when none observed.</param>
/// <param name="RatioErrorLaterPct">The same for months after the cut-off, which the fit never saw; null when none observed.</param>
public sealed record PricesJson(string Item, string Scenario, string Issuer, int Runs, PriceParametersJson Parameters,
    IReadOnlyList<PricePointJson> Observed, IReadOnlyList<PricePathJson> Modelled, IReadOnlyList<PriceRatioJson> Ratio,
    double? RatioErrorFittedPct, double? RatioErrorLaterPct, IReadOnlyList<string> Notes);

/// <summary>The price model's coefficients in log points per unit of each driver, and their basis.</summary>
/// <param name="Regime">The pooled regime coefficient (items without their own).</param>
/// <param name="ItemRegime">Regime coefficients fitted per item on its own outside prices up to the cut-off.</param>
/// <param name="Basis">Where they come from (fitted: on how many observations, up to which cut-off, with which calibration scenario).</param>
public sealed record PriceParametersJson(double Shortfall, double Drawdown, double Regime, IReadOnlyList<ItemRegimeJson> ItemRegime, double Blocked, string Basis, string Cutoff);

/// <summary>An item's own regime coefficient (log points at full regime share).</summary>
public sealed record ItemRegimeJson(string Item, double Regime);

/// <summary>One observed price: month, market, US dollars per kg (mid-point, computed) and its sources.</summary>
public sealed record PricePointJson(string Month, string Market, double UsdPerKg, IReadOnlyList<string> Sources);

/// <summary>A modelled monthly price path in one market, US dollars per kg: median and p5–p95 over runs.</summary>
/// <param name="AnchorMonth">Month of the observed price the path starts from.</param>
/// <param name="AnchorMarket">Market of that observation (the other market's when this one has none: parity assumed).</param>
public sealed record PricePathJson(string Item, string Market, string Issuer, IReadOnlyList<string> Months, IReadOnlyList<double> UsdPerKg,
    IReadOnlyList<double> UsdPerKgP5, IReadOnlyList<double> UsdPerKgP95, string AnchorMonth, string AnchorMarket, string AnchorSource);

/// <summary>The outside/inside ratio in a month where both markets were observed.</summary>
/// <param name="Fitted">True when the month is up to the cut-off (its prices were fitted); false for later months.</param>
/// <param name="ErrorPct">Modelled ÷ observed − 1, in percent.</param>
public sealed record PriceRatioJson(string Item, string Month, double Observed, double Modelled, double ModelledP5, double ModelledP95, bool Fitted, double ErrorPct);
