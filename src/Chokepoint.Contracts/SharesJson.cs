using Chokepoint.Analysis.Concentration;
using Chokepoint.Model;

namespace Chokepoint.Contracts;

/// <summary>World production shares of one item in one year (shares).</summary>
/// <param name="Hhi">Herfindahl-Hirschman index, 0–10000, computed, ROW excluded.</param>
/// <param name="Top3Pct">Share of the three largest producers, 0–100, computed.</param>
public sealed record SharesJson(string Item, int Year, double Hhi, double Top3Pct, IReadOnlyList<ShareJson> Shares)
{
    /// <summary>The contract of a concentration result.</summary>
    public static SharesJson Of(ConcentrationResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Item, r.Year, Math.Round(r.Hhi, 1), Math.Round(r.Top3Pct, 2),
            r.Shares.Select(s => new ShareJson(s.Country, s.SharePct, s.Source, Names.Of(s.Confidence))).ToList());
    }
}
