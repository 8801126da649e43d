namespace Chokepoint.Analysis.Leverage;

/// <summary>What one measure's control of one item costs the target and the issuer, per year (computed).</summary>
/// <param name="TargetLossUsd">Target's final demand × unit value × output at risk, summed over its products; US$ a year.</param>
/// <param name="IssuerForgoneUsd">Issuer's exports of the item to the target that the measure stops; US$ a year.</param>
/// <param name="IssuerExportSharePct">Target's share of the issuer's exports of the item (trade.csv), 0–100; null without trade rows.</param>
/// <param name="Ratio">Target loss per dollar the issuer forgoes; null when the issuer forgoes nothing.</param>
/// <param name="ForgoneBasis"><c>trade</c> (trade.csv values), <c>unit_value</c> (embodied use × issuer share × unit value) or <c>none</c>.</param>
/// <param name="ProductsWithoutValue">Products at risk whose loss could not be valued (no unit value).</param>
public sealed record LeverageRow(
    string Measure, string Item, double TargetLossUsd, double IssuerForgoneUsd, double? IssuerExportSharePct, double? Ratio,
    string ForgoneBasis, IReadOnlyList<string> ProductsWithoutValue)
{
    /// <summary>
    /// True when the ratio is only an upper bound: the forgone revenue is on the <c>unit_value</c> basis and the item
    /// reaches the target only inside the dataset's products, so the issuer's real exports of it (for every other
    /// use) are larger than counted.
    /// </summary>
    public bool RatioIsUpperBound { get; init; }

    /// <summary>
    /// After the registry's review date, when the two readings differ (issue 18 §5): whether the measure is in force if
    /// the recorded end dates hold and if the suspensions were extended. Null otherwise (the row holds either way).
    /// </summary>
    public LeverageBranches? Branches { get; init; }

    /// <summary>The target's lost output value by product (US$ a year, gross); the parts of <see cref="TargetLossUsd"/>.</summary>
    public IReadOnlyDictionary<string, double> ProductLossUsd { get; init; } = new Dictionary<string, double>();

    /// <summary>The issuer's exports of the item (trade.csv, latest year) and what still flows under the measure; null without trade rows.</summary>
    public LeverageExports? Exports { get; init; }
}

