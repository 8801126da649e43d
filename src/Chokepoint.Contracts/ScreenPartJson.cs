using System.Globalization;
using Chokepoint.Analysis.Screening;
using Chokepoint.Model;

namespace Chokepoint.Contracts;

/// <summary>One screened part (screen --format json): the row as given, what its code matched, and the measures that reach it.</summary>
/// <param name="Measures">Ids of the measures in force on the date that reach the part.</param>
/// <param name="Announced">Ids of the measures (or the clauses of measures) announced for a later date that will reach it.</param>
/// <param name="Suspended">Ids of the measures that would reach it but are suspended on the date.</param>
/// <param name="OutputAtRisk">Share 0–1 of the part's supply stopped on the date (static bound, computed), or null when the dataset does not know its chain.</param>
/// <param name="TtsDays">Days the part's stock lasts with that share missing (stock_days / output_at_risk, computed), or null.</param>
/// <param name="EndUse">The buyer's end-use class as given (civil, military, listed-entity, general-licence), or null when not given.</param>
/// <param name="DependsOnEndUse">Ids of the measures in force limited to some end uses (e.g. No. 46 [2024] clause 1, US military users) when the part's end use is not given: not counted as applying.</param>
/// <param name="Verdict">controlled, depends-on-end-use, announced, suspended, clear or not-in-dataset.</param>
public sealed record ScreenPartJson(
    int Row, string Part, string Description, string Code, string Origin, string Supplier, string SupplierCountry,
    double? QuantityPerYear, double? StockDays, string? EndUse, IReadOnlyList<string> CodeSystems, IReadOnlyList<string> Items,
    IReadOnlyList<string> Measures, IReadOnlyList<string> Announced, IReadOnlyList<string> Suspended, IReadOnlyList<string> DependsOnEndUse,
    IReadOnlyList<ScreenReachJson> Reaches, IReadOnlyList<ScreenTermsJson> LicenceTerms,
    double? OutputAtRisk, string? RiskItem, double? TtsDays, string Verdict)
{
    /// <summary>The contract of a screening result.</summary>
    public static ScreenPartJson Of(PartScreen s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var p = s.Part;
        return new(p.Row, p.Part, p.Description, p.Code, p.Origin, p.Supplier, p.SupplierCountry, p.QuantityPerYear, p.StockDays,
            p.EndUse.Length > 0 ? p.EndUse : null, s.Systems.Select(CodeNames.Of).ToList(), s.Items, s.InForce, s.Announced, s.Suspended, s.DependsOnEndUse,
            s.Reaches.Select(r => new ScreenReachJson(r.MeasureId, r.Reach, r.Status, ContractJson.Date(r.From), r.DependsOnEndUse ? r.EndUses : null)).ToList(),
            s.Terms.Select(t => new ScreenTermsJson(t.MeasureId, t.PhaseFrom is { } f ? ContractJson.Date(f) : null, t.ApprovalRate, t.LicenceDelayDays)).ToList(),
            s.OutputAtRisk is { } r ? Math.Round(r, 4) : null, s.RiskItem, s.TtsDays, s.Verdict);
    }

    /// <summary>The CSV / spreadsheet columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["row", "part", "description", "code", "origin", "supplier", "supplier_country", "end_use", "verdict", "measures", "announced", "suspended",
         "depends_on_end_use", "items", "code_systems", "approval_rate", "output_at_risk", "risk_item", "stock_days", "tts_days"];

    /// <summary>The flat row of the CSV and the results sheet (lists joined with ';').</summary>
    public IReadOnlyList<object?> Flat() =>
    [
        Row, Part, Description, Code, Origin, Supplier, SupplierCountry, EndUse, Verdict, string.Join(';', Measures), string.Join(';', Announced),
        string.Join(';', Suspended), string.Join(';', DependsOnEndUse), string.Join(';', Items), string.Join(';', CodeSystems),
        LicenceTerms.Count == 0 ? null : LicenceTerms.Min(t => t.ApprovalRate ?? 0), OutputAtRisk, RiskItem, StockDays, TtsDays,
    ];

    /// <summary>A flat value as CSV text (invariant numbers, empty for null).</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
