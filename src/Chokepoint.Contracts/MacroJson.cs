namespace Chokepoint.Contracts;

/// <summary>
/// macro SCENARIO --mrio DIR: the stress test's lost output turned into a supply shock on the user's MRIO, and the
/// output and value added lost by region and sector (Ghosh / supply-side inoperability; docs/model.md 4.3). Money in
/// the MRIO's unit (<see cref="MrioUnit"/>) unless named _usd.
/// </summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Mrio">The MRIO folder.</param>
/// <param name="MrioUnit">The MRIO's money unit as its files name it.</param>
/// <param name="UsdPerUnit">US$ per unit of the MRIO's money (from its unit or given).</param>
/// <param name="Method">"ghosh-supply".</param>
/// <param name="Shocks">The exogenous losses: each shocked sector and the products' lost output behind it.</param>
/// <param name="Regions">Value added and output lost per region, largest first.</param>
/// <param name="Sectors">Every sector with a loss, largest value added lost first.</param>
/// <param name="Unmapped">Products with lost output but no sector in the mapping (not counted).</param>
/// <param name="OutsideMrio">"country/sector" pairs the MRIO has no row for (not counted).</param>
/// <param name="Capped">Sectors whose loss was capped at their whole output.</param>
public sealed record MacroJson(string Scenario, string Mrio, string MrioUnit, double UsdPerUnit, string Method, IReadOnlyList<MacroShockJson> Shocks,
    IReadOnlyList<MacroRegionJson> Regions, IReadOnlyList<MacroSectorJson> Sectors, IReadOnlyList<string> Unmapped, IReadOnlyList<string> OutsideMrio,
    IReadOnlyList<string> Capped);

/// <summary>One shocked sector: the products' lost output (US$ a year) and the share of the sector's output it is.</summary>
public sealed record MacroShockJson(string Region, string Sector, double LostOutputUsd, double LostFraction);

/// <summary>A region's value added and output lost (MRIO unit a year) and the share of its value added.</summary>
public sealed record MacroRegionJson(string Region, double ValueAdded, double ValueAddedLost, double ValueAddedLostPct, double OutputLost);

/// <summary>A sector's loss: output and value added lost (MRIO unit a year), inoperability (share of output lost, 0–1), and whether it was shocked directly.</summary>
public sealed record MacroSectorJson(string Region, string Sector, double Output, double OutputLost, double ValueAdded, double ValueAddedLost, double Inoperability, bool Exogenous);
