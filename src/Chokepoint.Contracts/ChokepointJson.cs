using Chokepoint.Analysis.Exposure;

namespace Chokepoint.Contracts;

/// <summary>One row of the chokepoint ranking (chokepoints).</summary>
/// <param name="DependencePct">0–100: the target's direct sourcing from the issuer.</param>
/// <param name="OutputAtRiskMax">0–1: the worst product output at risk if the item alone is stopped, computed.</param>
/// <param name="DependenceBasis"><c>trade</c> (trade.csv imports) or the basis of the issuer's world share (production.csv).</param>
/// <param name="DependenceIsProxy">True when that world share stands in for production (e.g. an export share).</param>
public sealed record ChokepointJson(string Item, double DependencePct, double OutputAtRiskMax, IReadOnlyList<string> ProductsAffected, bool Controlled, double Hhi,
    string DependenceBasis, bool DependenceIsProxy)
{
    /// <summary>The contract of a ranking.</summary>
    public static IReadOnlyList<ChokepointJson> Of(IReadOnlyList<ChokepointRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Select(r => new ChokepointJson(r.Item, Math.Round(r.DependencePct, 2), Math.Round(r.OutputAtRiskMax, 6),
            r.ProductsAffected, r.Controlled, Math.Round(r.Hhi, 1), r.DependenceBasis, r.DependenceIsProxy)).ToList();
    }
}
