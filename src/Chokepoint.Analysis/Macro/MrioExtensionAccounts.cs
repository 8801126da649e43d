using Chokepoint.Model.Macro;

namespace Chokepoint.Analysis.Macro;

/// <summary>
/// The accounts of one extension, as pymrio names them: coefficients S (F ÷ x), S_Y (F_Y ÷ final demand),
/// multipliers M = S·L, and the consumption-based (D_cba), production-based (D_pba), import (D_imp) and
/// export (D_exp) accounts by (region, sector), with their sums per region (_reg) and per head (_cap).
/// </summary>
/// <param name="Extension">The extension as read (F, F_Y, units).</param>
/// <param name="PerRegion">D_cba_reg, D_pba_reg, D_imp_reg, D_exp_reg in that order.</param>
/// <param name="PerCapita">The per-region accounts divided by population, same order; empty without population.</param>
public sealed record MrioExtensionAccounts(
    MrioExtension Extension,
    MrioMatrix S,
    MrioMatrix? SY,
    MrioMatrix M,
    MrioMatrix DCba,
    MrioMatrix DPba,
    MrioMatrix DImp,
    MrioMatrix DExp,
    IReadOnlyList<MrioMatrix> PerRegion,
    IReadOnlyList<MrioMatrix> PerCapita);
