namespace Chokepoint.Simulation.Backtest;

/// <summary>
/// One month of observed production beside the modelled lost output of the same products made in the country.
/// Observed loss = max(0, −published change from the same month a year before): the counterfactual is last year's month,
/// and a rise counts as no loss (a fall may have other causes, so it bounds the controls' effect from above).
/// </summary>
/// <param name="Products">Products of the series, ";"-joined as in observed/output.csv.</param>
/// <param name="ObservedChangePct">Published change from the same month a year before, in percent.</param>
/// <param name="ObservedLossPct">max(0, −change), in percent of the year-before month.</param>
/// <param name="ModelledLossPct">1 − the month's mean modelled output fraction of the products made in the country (equal weights), in percent; null when the model makes none there or the month lies outside the horizon.</param>
/// <param name="Fitted">True when the month ends on or before the calibration cut-off (the model's phases were fitted on it).</param>
public sealed record OutputComparison(string Products, string Country, DateOnly Month, string Measure, double? ObservedChangePct,
    double? ObservedLossPct, double? ModelledLossPct, bool Fitted);
