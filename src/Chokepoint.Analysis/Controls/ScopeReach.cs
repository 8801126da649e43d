using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;

namespace Chokepoint.Analysis.Controls;

/// <summary>
/// How much of a flow a measure's scope clauses reach (issue 9 §2). A supplier in the issuer is reached by
/// clause (a) from its date. A supplier elsewhere is reached by (b) only for what it re-exports: a country with
/// no production row for an item without essential inputs (ore, a traded good the model cannot make) is taken to
/// pass on its own supply, in proportion to the issuer's share of it; a producer outside the issuer is never reached
/// by (b). A country with no production row for an item that has essential inputs is not reached by (b) either: the
/// exposure walk and the stress test both make its supply from its inputs, so the issuer's content of it is reached
/// through the measures on those inputs (and clause (c)); reaching it by (b) as well would count it twice, and the
/// measures in force would then cut more than the issuer's full cut-off (issue 17, found in review). Clause (c) reaches a producer outside the issuer in
/// proportion to the largest issuer share among its essential inputs (the output made with issuer content,
/// assuming makers keep inputs of different origins apart; the de-minimis threshold is far below one input's
/// share, so any issuer-sourced input counts). The result is scaled by the measure's <c>reach_share</c>.
/// Made-with-issuer-technology is not modelled (no data on whose technology a plant uses).
/// </summary>
public static class ScopeReach
{
    /// <summary>Share (0–1) of the flow of <paramref name="item"/> from <paramref name="supplier"/> that <paramref name="m"/> reaches on <paramref name="date"/>.</summary>
    public static double Of(Dataset dataset, ControlMeasure m, string item, string supplier, DateOnly date) =>
        Parts(dataset, m, item, supplier).On(m, date);

    /// <summary>The share each clause would reach of the flow, before dates apply (the costly part: compute once per flow).</summary>
    public static ClauseReach Parts(Dataset dataset, ControlMeasure m, string item, string supplier)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(m);
        if (!m.Items.Contains(item) || !Covers(dataset, m, supplier)) return new ClauseReach(0, 0, 0);
        if (dataset.LocationOf(supplier) == m.Issuer) return new ClauseReach(1, 0, 0);
        var b = m.ClauseFrom(ScopeKind.Reexport) is null ? 0 : Reexported(dataset, m.Issuer, item, supplier);
        var c = m.ClauseFrom(ScopeKind.ForeignContent) is null ? 0 : IssuerContent(dataset, m.Issuer, item, supplier);
        return new ClauseReach(0, b, c);
    }

    /// <summary>True when <paramref name="m"/> names no firm, or <paramref name="supplier"/> is (a plant of) a firm it names.</summary>
    public static bool Covers(Dataset dataset, ControlMeasure m, string supplier)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(m);
        if (m.FirmTargets.Count == 0) return true;
        foreach (var target in m.FirmTargets)
            if (dataset.Producers.IsHeldBy(supplier, target)) return true;
        return false;
    }

    /// <summary>The issuer-origin share of what <paramref name="supplier"/> sells of the item when it does not make it (0 for a producer).</summary>
    public static double Reexported(Dataset dataset, string issuer, string item, string supplier)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var at = dataset.LocationOf(supplier);
        if (at == Names.RestOfWorld || at == issuer || MadeFromInputs(dataset, item) || dataset.SharesOf(item).Any(s => s.Country == at)) return 0;
        return IssuerShare(dataset, issuer, item, supplier);
    }

    /// <summary>True when the item has an essential input: every supplier of it is modelled as making it from its inputs.</summary>
    public static bool MadeFromInputs(Dataset dataset, string item)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        foreach (var line in dataset.InputsOf(item))
            if (line.Essential) return true;
        return false;
    }

    /// <summary>The largest issuer share among the essential inputs of a producer of the item in <paramref name="supplier"/>.</summary>
    public static double IssuerContent(Dataset dataset, string issuer, string item, string supplier)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var worst = 0.0;
        foreach (var line in dataset.InputsOf(item))
            if (line.Essential) worst = Math.Max(worst, IssuerShare(dataset, issuer, line.Input, supplier));
        return worst;
    }

    private static double IssuerShare(Dataset dataset, string issuer, string item, string buyer)
    {
        var share = 0.0;
        foreach (var s in SourcingMix.Of(dataset, item, buyer))
            if (dataset.LocationOf(s.Country) == issuer) share += s.Fraction;
        return share;
    }
}
