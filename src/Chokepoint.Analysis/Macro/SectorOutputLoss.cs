namespace Chokepoint.Analysis.Macro;

/// <summary>An exogenous loss of a sector's output: the sector cannot produce <paramref name="LostFraction"/> of its output.</summary>
/// <param name="Region">Region of the sector (as in the MRIO).</param>
/// <param name="Sector">Sector name (as in the MRIO).</param>
/// <param name="LostFraction">Share of the sector's output lost, 0–1.</param>
public readonly record struct SectorOutputLoss(string Region, string Sector, double LostFraction);
