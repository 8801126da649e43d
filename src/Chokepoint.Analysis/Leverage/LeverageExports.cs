namespace Chokepoint.Analysis.Leverage;

/// <summary>The issuer's exports of an item to every importer (trade.csv, latest year) under a measure.</summary>
/// <param name="AllUsd">All its exports of the item, US$ a year.</param>
/// <param name="StillFlowingUsd">What the measure still lets through, US$ a year.</param>
/// <param name="ReachedShare">Share (0–1) of its exports going to destinations the measure reaches.</param>
public sealed record LeverageExports(double AllUsd, double StillFlowingUsd, double ReachedShare);
