namespace Chokepoint.Analysis.Macro;

/// <summary>The supply shock built from the products' losses, and what could not be placed.</summary>
/// <param name="Losses">One loss per shocked (region, sector), in the MRIO's order.</param>
/// <param name="LostUsd">The products' lost US$ a year behind each of <paramref name="Losses"/>, same order.</param>
/// <param name="Unmapped">Products with lost output but no sector in the mapping (not counted).</param>
/// <param name="OutsideMrio">"country/sector" pairs the MRIO has no row for (not counted).</param>
/// <param name="Capped">Sectors whose products' loss exceeded their whole output (capped at 1).</param>
public sealed record MacroShockInput(IReadOnlyList<SectorOutputLoss> Losses, IReadOnlyList<double> LostUsd, IReadOnlyList<string> Unmapped,
    IReadOnlyList<string> OutsideMrio, IReadOnlyList<string> Capped);
