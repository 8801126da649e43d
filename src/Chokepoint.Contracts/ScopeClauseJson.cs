namespace Chokepoint.Contracts;

/// <summary>A scope clause of a measure: what it reaches from which date.</summary>
/// <param name="Clause">export, reexport or foreign-content.</param>
/// <param name="DeMinimisPct">Issuer content (0–100) above which foreign-made goods are caught; null when none.</param>
public sealed record ScopeClauseJson(string Clause, string Effective, double? DeMinimisPct);
