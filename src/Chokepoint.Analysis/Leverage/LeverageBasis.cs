using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;

namespace Chokepoint.Analysis.Leverage;

/// <summary>
/// Puts a leverage row on one basis for both sides (docs/model.md 3.5, "One basis"):
/// <list type="bullet">
/// <item><c>trade-value</c>: the target's gross output lost against the issuer's stopped exports (the row as computed);</item>
/// <item><c>gross-output</c>: the target's gross output lost against the gross output of every stage of the issuer's own
/// chain that the stopped exports carried (recipes' content × unit values × the issuer's share of its own supply), less
/// the issuer's windfall;</item>
/// <item><c>value-added</c>: the same with each product and stage weighted by its value-added share (value_added.csv).</item>
/// </list>
/// The windfall is what still flows × (e^(k·s) − 1): k the price model's regime coefficient of the item (log points),
/// s the share of the issuer's exports the measure reaches. Thread-safe (pure).
/// </summary>
public static class LeverageBasis
{
    /// <summary>Both sides in value added (the default).</summary>
    public const string ValueAdded = "value-added";

    /// <summary>Both sides in gross output.</summary>
    public const string GrossOutput = "gross-output";

    /// <summary>The target's gross output against the issuer's export value (the row as computed).</summary>
    public const string TradeValue = "trade-value";

    /// <summary>The bases, the default first.</summary>
    public static readonly IReadOnlyList<string> All = [ValueAdded, GrossOutput, TradeValue];

    /// <summary>
    /// <paramref name="row"/> of <paramref name="issuer"/> over <paramref name="target"/> on <paramref name="basis"/>.
    /// <paramref name="regimeCoefficient"/> gives the price model's regime coefficient of an item and how it was set, or null when the model does not price it.
    /// </summary>
    public static LeverageValue Of(Dataset dataset, LeverageRow row, string issuer, string target, string basis, Func<string, (double K, string How)?> regimeCoefficient)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(regimeCoefficient);
        if (basis == TradeValue)
            return new LeverageValue(basis, row.TargetLossUsd, row.IssuerForgoneUsd, 0, row.Ratio, row.RatioIsUpperBound ? "upper" : "exact", [], []);
        if (basis != GrossOutput && basis != ValueAdded) throw new ArgumentException($"unknown basis '{basis}'; expected one of {string.Join(", ", All)}", nameof(basis));
        var va = basis == ValueAdded;
        var shares = new ValueAddedShares(dataset);
        var (target_, targetBound, targetUnvalued) = va ? TargetValueAdded(shares, row, target) : (row.TargetLossUsd, "none", new List<string>());
        var (issuerLoss, issuerBound, issuerUnvalued) = Chain(dataset, shares, row, issuer, va);
        if (row.RatioIsUpperBound) issuerBound = Combine(issuerBound, "lower");
        var (windfall, how) = Windfall(row, regimeCoefficient);
        var net = issuerLoss - windfall;
        double? ratio = net > 1e-9 ? target_ / net : null;
        var bound = RatioBound(targetBound, issuerBound);
        // Exports counted only inside the dataset's products understate the issuer's loss by orders of magnitude (yttria
        // in fighter jets), far more than the makers-only value added understates the target's: the ratio stays an upper bound.
        if (row.RatioIsUpperBound && bound == "approximate") bound = "upper";
        return new LeverageValue(basis, target_, issuerLoss, windfall, ratio, bound, targetUnvalued, issuerUnvalued) { WindfallBasis = how };
    }

    private static (double, string, List<string>) TargetValueAdded(ValueAddedShares shares, LeverageRow row, string target)
    {
        double total = 0;
        var bound = "none";
        var unvalued = new List<string>();
        foreach (var (product, loss) in row.ProductLossUsd)
        {
            if (shares.Of(product, target) is not { } s) { unvalued.Add(product); bound = Combine(bound, "lower"); continue; }
            total += loss * s.PerUsd;
            bound = Combine(bound, s.Bound);
        }
        return (total, bound, unvalued);
    }

    /// <summary>The issuer's loss along its own chain: the exported item's stage plus every upstream stage it makes itself.</summary>
    private static (double, string, List<string>) Chain(Dataset dataset, ValueAddedShares shares, LeverageRow row, string issuer, bool va)
    {
        var bound = "none";
        var unvalued = new List<string>();
        if (row.IssuerForgoneUsd <= 0) return (0, bound, unvalued);
        var values = new UnitValues(dataset);
        var total = 0.0;
        var own = va ? shares.Of(row.Item, issuer) : null;
        if (va && own is null) { unvalued.Add(row.Item); bound = Combine(bound, "lower"); }
        else { total += row.IssuerForgoneUsd * (own?.PerUsd ?? 1); bound = Combine(bound, own?.Bound ?? "none"); }
        if (values.UsdPerUnit(row.Item) is not { } usd || usd <= 0)
        {
            if (dataset.InputsOf(row.Item).Count > 0) { unvalued.Add(row.Item + " (upstream stages: no unit value)"); bound = Combine(bound, "lower"); }
            return (total, bound, unvalued);
        }
        var units = row.IssuerForgoneUsd / usd;
        foreach (var (stage, content) in ChainStages.Upstream(dataset, row.Item))
        {
            var fromIssuer = SourcingMix.Of(dataset, stage, issuer).Where(s => dataset.LocationOf(s.Country) == issuer).Sum(s => s.Fraction);
            if (fromIssuer <= 0) continue;
            var s = va ? shares.Of(stage, issuer) : null;
            if (values.UsdPerUnit(stage) is not { } v || (va && s is null))
            {
                unvalued.Add(stage);
                bound = Combine(bound, "lower");
                continue;
            }
            total += units * content * v * fromIssuer * (s?.PerUsd ?? 1);
            bound = Combine(bound, s?.Bound ?? "none");
        }
        return (total, bound, unvalued);
    }

    private static (double, string?) Windfall(LeverageRow row, Func<string, (double K, string How)?> regimeCoefficient)
    {
        if (row.Exports is not { } e || e.StillFlowingUsd <= 0 || regimeCoefficient(row.Item) is not { } k) return (0, null);
        return (e.StillFlowingUsd * (Math.Exp(k.K * e.ReachedShare) - 1), k.How);
    }

    /// <summary>
    /// A side's bound after adding a term with bound <paramref name="next"/>: terms that err the same way keep it,
    /// opposite ones make the side approximate.
    /// </summary>
    private static string Combine(string side, string next) =>
        next == "none" || side == next ? side : side == "none" ? next : "mixed";

    private static string RatioBound(string target, string issuer) => (target, issuer) switch
    {
        ("none", "none") => "exact",
        ("none" or "upper", "none" or "lower") => "upper",
        ("none" or "lower", "none" or "upper") => "lower",
        _ => "approximate",
    };
}
