namespace Chokepoint.Simulation.Calibration;

/// <summary>The calibration of one licence measure on one observed flow series (items, exporter, importer).</summary>
/// <param name="MeasureId">The licence regime fitted.</param>
/// <param name="Items">Items of the measure the series covers (the phases written apply to them).</param>
/// <param name="Importer">Destination of the series, or "*".</param>
/// <param name="Until">Cut-off: months ending on or before it are used.</param>
/// <param name="BaselineMonths">Observed months (within the 12 months before the measure) whose mean is the index base.</param>
/// <param name="PhaseStarts">Start of each fitted phase (the measure's effective date, then the registry's phase dates up to the cut-off).</param>
/// <param name="Fit">The fit; null when the series could not be fitted (see <paramref name="Status"/>).</param>
/// <param name="Months">Each month used: observed index and the fit's modelled index.</param>
/// <param name="Sources">Source ids of the observed rows used (base and fitted months).</param>
/// <param name="Status">"fitted", or why not (no baseline month, no month after the measure up to the cut-off).</param>
public sealed record SeriesFit(string MeasureId, IReadOnlyList<string> Items, string Exporter, string Importer, string SeriesItems,
    DateOnly Until, IReadOnlyList<DateOnly> BaselineMonths, IReadOnlyList<DateOnly> PhaseStarts, PhaseFitResult? Fit,
    IReadOnlyList<(DateOnly Month, double Observed, double Modelled)> Months, IReadOnlyList<string> Sources, string Status);
