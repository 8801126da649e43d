using Chokepoint.Model;

namespace Chokepoint.Analysis.Controls;

/// <summary>The share of one flow each scope clause reaches when in effect.</summary>
/// <param name="Export">(a): 1 for the issuer's own exports, else 0.</param>
/// <param name="Reexport">(b): the issuer-origin share of what a non-producer passes on.</param>
/// <param name="ForeignContent">(c): the output share of a foreign producer made with issuer inputs.</param>
public readonly record struct ClauseReach(double Export, double Reexport, double ForeignContent)
{
    /// <summary>The reach on <paramref name="date"/>: each clause counts from its own date; scaled by the measure's reach share.</summary>
    public double On(ControlMeasure m, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(m);
        var r = 0.0;
        if (Export > 0 && m.ClauseFrom(ScopeKind.Export) is { } a && a <= date) r = Math.Max(r, Export);
        if (Reexport > 0 && m.ClauseFrom(ScopeKind.Reexport) is { } b && b <= date) r = Math.Max(r, Reexport);
        if (ForeignContent > 0 && m.ClauseFrom(ScopeKind.ForeignContent) is { } c && c <= date) r = Math.Max(r, ForeignContent);
        return r * (m.ReachShare ?? 1.0);
    }
}
