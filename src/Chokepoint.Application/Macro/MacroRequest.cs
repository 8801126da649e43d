namespace Chokepoint.Application.Macro;

/// <summary>A macro request: a scenario, the MRIO folder, an optional sector mapping file and US$ per MRIO money unit.</summary>
/// <param name="UsdPerUnit">US$ per unit of the MRIO's money; null to read it from the MRIO's unit ("Mill USD" → 1e6).</param>
public sealed record MacroRequest(string? Scenario, string? Mrio, string? Map, double? UsdPerUnit, int Runs = 1, int Seed = 1);
