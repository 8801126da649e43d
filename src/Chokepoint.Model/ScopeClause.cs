namespace Chokepoint.Model;

/// <summary>One scope clause of a measure: which flows it reaches, from which date.</summary>
/// <param name="Kind">Export from the issuer, re-export of issuer-origin items, or foreign-made goods with issuer content.</param>
/// <param name="Effective">First day the clause applies (inclusive).</param>
/// <param name="DeMinimisPct">For <see cref="ScopeKind.ForeignContent"/>: the issuer-origin value share (percent) above which a foreign good is caught; null when the text gives none.</param>
public sealed record ScopeClause(ScopeKind Kind, DateOnly Effective, double? DeMinimisPct = null);
