using Chokepoint.Analysis.Leverage;

namespace Chokepoint.Contracts;

/// <summary>
/// One row of the leverage ranking (leverage, GET /api/v1/leverage): a measure's control of one item, computed, US$ a year.
/// <c>target_loss_usd</c>, <c>issuer_forgone_usd</c> and <c>ratio</c> are on <see cref="Basis"/>; the gross figures the row
/// starts from are <see cref="TargetOutputLostUsd"/> and <see cref="IssuerExportsStoppedUsd"/>.
/// </summary>
/// <param name="Measure">Id of the measure in controls.yaml (or of a scenario's own control).</param>
/// <param name="Item">The item the measure covers.</param>
/// <param name="TargetLossUsd">The target's loss on the basis, rounded to the dollar.</param>
/// <param name="IssuerForgoneUsd">The issuer's loss on the basis before its windfall, rounded to the dollar.</param>
/// <param name="IssuerExportSharePct">The target's share of the issuer's exports of the item, 0–100, two decimals; null without trade rows.</param>
/// <param name="Ratio">Target loss per dollar of the issuer's net loss on the basis, three decimals; null when the issuer loses nothing net.</param>
/// <param name="ForgoneBasis"><c>trade</c>, <c>unit_value</c> or <c>none</c> (see <see cref="LeverageRow.ForgoneBasis"/>).</param>
/// <param name="RatioUpperBound">True when the ratio is at most the figure (<see cref="RatioBound"/> is <c>upper</c>).</param>
public sealed record LeverageJson(
    string Measure, string Item, double TargetLossUsd, double IssuerForgoneUsd, double? IssuerExportSharePct, double? Ratio,
    string ForgoneBasis, bool RatioUpperBound)
{
    /// <summary>After the registry's review date, when the readings differ: whether the measure is in force if the recorded end dates hold and if the suspensions were extended; else null.</summary>
    public LeverageBranchesJson? Branches { get; init; }

    /// <summary><c>value-added</c>, <c>gross-output</c> or <c>trade-value</c>: what both sides are measured in.</summary>
    public string Basis { get; init; } = LeverageBasis.TradeValue;

    /// <summary>The issuer's gain from higher outside prices on what still flows, on the basis, rounded to the dollar (0 when none is counted).</summary>
    public double IssuerWindfallUsd { get; init; }

    /// <summary>The issuer's net loss: forgone less windfall, rounded to the dollar.</summary>
    public double IssuerNetUsd { get; init; }

    /// <summary><c>exact</c>, <c>upper</c> (the ratio is at most the figure), <c>lower</c> (at least) or <c>approximate</c> (both sides err the same way).</summary>
    public string RatioBound { get; init; } = "exact";

    /// <summary>The target's gross output lost (the trade-value and gross-output bases' target side), rounded to the dollar.</summary>
    public double TargetOutputLostUsd { get; init; }

    /// <summary>The issuer's exports the measure stops, rounded to the dollar.</summary>
    public double IssuerExportsStoppedUsd { get; init; }

    /// <summary>How the windfall was priced; null when none was counted.</summary>
    public string? WindfallBasis { get; init; }

    /// <summary>Products at risk with no figure on the basis (not counted).</summary>
    public IReadOnlyList<string> TargetUnvalued { get; init; } = [];

    /// <summary>Stages of the issuer's chain with no figure on the basis (not counted).</summary>
    public IReadOnlyList<string> IssuerUnvalued { get; init; } = [];

    /// <summary>The contract of a ranking on the trade-value basis, in the library's order.</summary>
    public static IReadOnlyList<LeverageJson> Of(IReadOnlyList<LeverageRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Of(rows, rows.Select(r => new LeverageValue(LeverageBasis.TradeValue, r.TargetLossUsd, r.IssuerForgoneUsd, 0, r.Ratio,
            r.RatioIsUpperBound ? "upper" : "exact", [], [])).ToList());
    }

    /// <summary>The contract of a ranking on the basis of <paramref name="values"/> (one per row, in the rows' order).</summary>
    public static IReadOnlyList<LeverageJson> Of(IReadOnlyList<LeverageRow> rows, IReadOnlyList<LeverageValue> values)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(values);
        return rows.Select((r, k) =>
        {
            var v = values[k];
            return new LeverageJson(r.Measure, r.Item, Math.Round(v.TargetLossUsd), Math.Round(v.IssuerForgoneUsd),
                r.IssuerExportSharePct is { } s ? Math.Round(s, 2) : null, v.Ratio is { } x ? Math.Round(x, 3) : null,
                r.ForgoneBasis, v.RatioBound == "upper")
            {
                Branches = r.Branches is { } b ? new LeverageBranchesJson(b.IfRecordedEnd, b.IfExtended) : null,
                Basis = v.Basis,
                IssuerWindfallUsd = Math.Round(v.IssuerWindfallUsd),
                IssuerNetUsd = Math.Round(v.IssuerNetUsd),
                RatioBound = v.RatioBound,
                TargetOutputLostUsd = Math.Round(r.TargetLossUsd),
                IssuerExportsStoppedUsd = Math.Round(r.IssuerForgoneUsd),
                WindfallBasis = v.WindfallBasis,
                TargetUnvalued = v.TargetUnvalued,
                IssuerUnvalued = v.IssuerUnvalued,
            };
        }).ToList();
    }
}

/// <summary>In which reading after the review date a leverage row's measure is in force (issue 18 §5).</summary>
/// <param name="IfRecordedEnd">In force if the recorded end dates hold.</param>
/// <param name="IfExtended">In force if the suspensions were extended.</param>
public sealed record LeverageBranchesJson(bool IfRecordedEnd, bool IfExtended);
