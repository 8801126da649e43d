namespace Chokepoint.Analysis.Macro;

/// <summary>One sector's result of a shock.</summary>
/// <param name="Output">Baseline output x (the MRIO's money unit per year).</param>
/// <param name="OutputLost">Output lost, same unit.</param>
/// <param name="ValueAdded">Baseline value added.</param>
/// <param name="ValueAddedLost">Value added lost (= inoperability × value added: fixed value-added coefficients).</param>
/// <param name="Inoperability">Share of output lost, q = Δx ÷ x (0 when x = 0).</param>
/// <param name="Exogenous">True for a sector whose loss was given (the shock), false for one hit through the linkages.</param>
public sealed record MrioSectorImpact(string Region, string Sector, double Output, double OutputLost, double ValueAdded, double ValueAddedLost, double Inoperability, bool Exogenous);
