namespace Chokepoint.Simulation.Backtest;

/// <summary>One month of an observed flow beside the modelled one, both as an index (÷ the mean of the months before the first measure on the flow).</summary>
/// <param name="Item">Items of the series, ";"-joined as in observed/flows.csv.</param>
/// <param name="Importer">Importer, or "*" for every destination.</param>
/// <param name="ModelledIndex">Null when the month lies outside the horizon or the model has no such flow.</param>
/// <param name="Fitted">True when the month ends on or before the calibration cut-off of the scenario's measures.</param>
public sealed record FlowComparison(string Item, string Exporter, string Importer, DateOnly Month, double? ObservedIndex, double? ModelledIndex, bool Fitted = false);

/// <summary>An observed event beside the model's date for it: TTS for <c>short</c>, first recovery for <c>resumed</c>.</summary>
/// <param name="ModelledDate">Null when the model has no such event within the horizon.</param>
/// <param name="Hit">Within ±<see cref="Backtester.HitWindowDays"/> days of the observed date (or month); null for <c>warned</c> (not scored).</param>
/// <param name="ErrorDays">Modelled minus observed in days (0 inside a month-only date; positive = model late); null without a modelled date.</param>
/// <param name="Node">What the model's date belongs to: "made_in" (makers in the country) or "bought_by" (its buyers) when it makes none.</param>
public sealed record EventComparison(string Date, string Country, string Product, string Event, string Firm, DateOnly? ModelledDate, bool? Hit, int? ErrorDays, string Node);

/// <summary>The back-test score.</summary>
/// <param name="EventsHit">Scored events (short, resumed) the model dates within the window.</param>
/// <param name="EventsTotal">Scored events.</param>
/// <param name="MedianAbsErrorDays">Median |error| over scored events with a modelled date; null when none.</param>
/// <param name="FlowMeanAbsError">Mean |observed − modelled| index over flow months with both; null when none.</param>
/// <param name="FlowMeanAbsErrorFitted">The same over months ending on or before the calibration cut-off (fitted on); null when none.</param>
/// <param name="FlowMeanAbsErrorAfter">The same over months after the cut-off (the test); null when none.</param>
/// <param name="MagnitudeMaePp">Mean |observed − modelled| lost output over output months with both, in percentage points; null when none.</param>
/// <param name="MagnitudeMonths">Output months scored.</param>
public sealed record BacktestScore(int EventsHit, int EventsTotal, double? MedianAbsErrorDays, double? FlowMeanAbsError,
    double? FlowMeanAbsErrorFitted = null, double? FlowMeanAbsErrorAfter = null, double? MagnitudeMaePp = null, int MagnitudeMonths = 0);

/// <summary>A scenario's modelled world set against the observed record.</summary>
public sealed record BacktestResult(string Scenario, int Runs, IReadOnlyList<FlowComparison> Flows, IReadOnlyList<EventComparison> Events, BacktestScore Score, IReadOnlyList<string> Notes)
{
    /// <summary>Observed monthly output beside modelled lost output (observed/output.csv).</summary>
    public IReadOnlyList<OutputComparison> Outputs { get; init; } = [];
    /// <summary>Calibration cut-off of the scenario's measures; null when none was fitted.</summary>
    public DateOnly? FittedUntil { get; init; }
}
