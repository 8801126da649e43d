using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;

namespace Chokepoint.Application.Wording;

/// <summary>How a buyer country's mix of an item is made up, in the words every surface prints (issue 17 §3).</summary>
public static class MixWording
{
    /// <summary>
    /// "USA's own imports (trade.csv)", "world mix (…)" or, under a domestic-share rule, the own makers' share and what the
    /// rest rests on; the world mix is always named when it is used.
    /// </summary>
    public static string Of(Dataset dataset, string item, string country)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var trade = SourcingMix.FromTrade(dataset, item, country);
        if (dataset.DomesticShareOf(item, country) is { SharePct: { } pct } rule)
            return $"{Format.Pct(pct)} from {(rule.Makers == country ? $"{country}'s own makers" : $"makers in {rule.Makers}")} (sourcing_rules.csv {rule.Id}, {rule.Source}), the rest "
                + (trade ? $"by {country}'s imports (trade.csv)" : $"on the world mix without {rule.Makers} (no trade.csv rows)");
        return trade ? $"{country}'s own imports (trade.csv)"
            : $"world mix (no trade.csv rows for {country}; world production shares by producer, plants included)";
    }

    /// <summary>
    /// One line per qualified-part rule whose makers lie on <paramref name="items"/> (an item and what is upstream of it):
    /// the share bought from one firm only, and that the makers are limited by the scarcer part.
    /// </summary>
    public static IEnumerable<string> Qualified(Dataset dataset, IReadOnlySet<string> items)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(items);
        foreach (var rule in dataset.Tables.SourcingRules.Where(r => r.Kind == SourcingRule.Qualified && items.Contains(r.Holder)))
            yield return $"Qualified parts: makers of {rule.Holder}{(rule.Country == Names.Everyone ? "" : $" in {rule.Country}")} buy {Format.Pct(rule.SharePct ?? 100)} of "
                + $"{Format.List(rule.Items)} from the plants of {rule.OriginCountry} only (sourcing_rules.csv {rule.Id}, {rule.Source.Replace(";", ", ", StringComparison.Ordinal)}); "
                + "they are limited by the scarcer of that part and the rest.";
    }
}
