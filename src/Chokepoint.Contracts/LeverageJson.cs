using Chokepoint.Analysis.Leverage;

namespace Chokepoint.Contracts;

/// <summary>One row of the leverage ranking (leverage, GET /api/v1/leverage): a measure's control of one item, computed, US$ a year.</summary>
/// <param name="Measure">Id of the measure in controls.yaml (or of a scenario's own control).</param>
/// <param name="Item">The item the measure covers.</param>
/// <param name="TargetLossUsd">The target's lost output value, rounded to the dollar.</param>
/// <param name="IssuerForgoneUsd">The issuer's forgone export revenue, rounded to the dollar.</param>
/// <param name="IssuerExportSharePct">The target's share of the issuer's exports of the item, 0–100, two decimals; null without trade rows.</param>
/// <param name="Ratio">Target loss per dollar forgone, three decimals; null when the issuer forgoes nothing.</param>
/// <param name="ForgoneBasis"><c>trade</c>, <c>unit_value</c> or <c>none</c> (see <see cref="LeverageRow.ForgoneBasis"/>).</param>
/// <param name="RatioUpperBound">True when the ratio is only an upper bound (<see cref="LeverageRow.RatioIsUpperBound"/>).</param>
public sealed record LeverageJson(
    string Measure, string Item, double TargetLossUsd, double IssuerForgoneUsd, double? IssuerExportSharePct, double? Ratio,
    string ForgoneBasis, bool RatioUpperBound)
{
    /// <summary>After the registry's review date, when the readings differ: whether the measure is in force if the recorded end dates hold and if the suspensions were extended; else null.</summary>
    public LeverageBranchesJson? Branches { get; init; }

    /// <summary>The contract of a ranking, in the library's order.</summary>
    public static IReadOnlyList<LeverageJson> Of(IReadOnlyList<LeverageRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Select(r => new LeverageJson(r.Measure, r.Item, Math.Round(r.TargetLossUsd), Math.Round(r.IssuerForgoneUsd),
            r.IssuerExportSharePct is { } s ? Math.Round(s, 2) : null, r.Ratio is { } x ? Math.Round(x, 3) : null,
            r.ForgoneBasis, r.RatioIsUpperBound)
        {
            Branches = r.Branches is { } b ? new LeverageBranchesJson(b.IfRecordedEnd, b.IfExtended) : null,
        }).ToList();
    }
}

/// <summary>In which reading after the review date a leverage row's measure is in force (issue 18 §5).</summary>
/// <param name="IfRecordedEnd">In force if the recorded end dates hold.</param>
/// <param name="IfExtended">In force if the suspensions were extended.</param>
public sealed record LeverageBranchesJson(bool IfRecordedEnd, bool IfExtended);
