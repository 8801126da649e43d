namespace Chokepoint.Contracts;

/// <summary>The report (report --format json): the headline analyses and every section, each from the handler behind it.</summary>
/// <param name="Report">Path of the index.html written, or null when none was.</param>
/// <param name="ReviewNote">Which measures' status is unverified on the date; null when none.</param>
/// <param name="StressTest">Null when the dataset lacks the built-in replay scenario.</param>
/// <param name="WhatHelps">Null when the dataset lacks the scenario or US demand.</param>
public sealed record ReportJson(string AsOf, string? Report, IReadOnlyList<ProductExposureJson> Exposures, IReadOnlyList<ChokepointJson> ChokepointsUsa,
    IReadOnlyList<ChokepointJson> ChokepointsEu, IReadOnlyList<IssuerShareJson> IssuerShares, IReadOnlyList<MeasureStatusJson> Measures, string? ReviewNote,
    StressTestJson? StressTest, MitigationJson? WhatHelps, LeverageSectionJson Leverage);
