using Chokepoint.Model.Macro;

namespace Chokepoint.Analysis.Macro;

/// <summary>
/// The computed core of an MRIO system: total output x, technical coefficients A, the Leontief inverse L,
/// and the accounts of every extension.
/// </summary>
/// <param name="System">The system as read.</param>
/// <param name="X">Total output, one column "indout" (pymrio's name).</param>
/// <param name="A">Technical coefficients: A[i, j] = Z[i, j] ÷ x[j] (0 where x[j] = 0).</param>
/// <param name="L">Leontief inverse (I − A)⁻¹.</param>
/// <param name="Extensions">Accounts per extension, in the system's order.</param>
public sealed record MrioAccounts(MrioSystem System, MrioMatrix X, MrioMatrix A, MrioMatrix L, IReadOnlyList<MrioExtensionAccounts> Extensions);
