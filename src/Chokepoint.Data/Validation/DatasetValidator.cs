using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Validation;

/// <summary>
/// Checks across files after every file was read (and layered): references resolve, shares add up,
/// recipes form no cycle, every source is cited. Row-level problems were reported by the readers.
/// </summary>
public static class DatasetValidator
{
    /// <summary>Upper tolerance for the sum of an item-year's shares, in %.</summary>
    public const double MaxShareSumPct = 100.5;
    /// <summary>Below this sum (without a ROW row) an item-year is reported as incomplete, in %.</summary>
    public const double MinShareSumPct = 90;

    /// <summary>Reports every cross-file problem of <paramref name="t"/> into <paramref name="d"/>.</summary>
    public static void Validate(DatasetTables t, DiagnosticBag d)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(d);
        var refs = new References(t, d);
        foreach (var p in t.Production)
        {
            refs.Item(p.Origin, 1, p.Item);
            refs.Country(p.Origin, 2, p.Country);
            refs.Source(p.Origin, 5, p.Source);
        }
        foreach (var r in t.Recipes)
        {
            refs.Item(r.Origin, 1, r.Output);
            refs.Item(r.Origin, 2, r.Input);
            refs.Source(r.Origin, 5, r.Source);
        }
        foreach (var f in t.Trade)
        {
            refs.Item(f.Origin, 1, f.Item);
            refs.Country(f.Origin, 2, f.Exporter);
            refs.Country(f.Origin, 3, f.Importer);
            refs.Source(f.Origin, 6, f.Source);
        }
        foreach (var s in t.Stocks)
        {
            if (s.Item != Names.Everyone) refs.Item(s.Origin, 1, s.Item);
            if (s.Country != Names.Everyone) refs.Country(s.Origin, 2, s.Country);
            refs.Source(s.Origin, 4, s.Source);
        }
        foreach (var e in t.Expansion)
        {
            refs.Item(e.Origin, 1, e.Item);
            refs.Source(e.Origin, 4, e.Source);
            if (e.Country is { } c) refs.Country(e.Origin, 0, c, "country");
        }
        foreach (var c in t.Claims)
        {
            refs.Item(c.Origin, 1, c.Item);
            refs.Country(c.Origin, 2, c.Country);
            refs.Source(c.Origin, 6, c.Source);
        }
        foreach (var x in t.Demand)
        {
            // Equipment bought by a country is final demand too (investment), e.g. chip-making tools.
            if (refs.Item(x.Origin, 1, x.Product) is { Kind: not (ItemKind.Product or ItemKind.Equipment) } item)
                d.Warning(x.Origin.File, x.Origin.Line, d.FieldOf(x.Origin.File, 1), $"'{item.Id}' is of kind '{Names.Of(item.Kind)}', not a product or equipment; final demand is usually for products");
            refs.Country(x.Origin, 2, x.Country);
            refs.Source(x.Origin, 4, x.Source);
        }
        foreach (var v in t.UnitValues)
        {
            refs.Item(v.Origin, 1, v.Item);
            refs.Source(v.Origin, 4, v.Source);
        }
        foreach (var v in t.ValueAdded)
        {
            refs.Item(v.Origin, 1, v.Item);
            if (v.Country != "*") refs.Country(v.Origin, 2, v.Country);
            refs.Source(v.Origin, 7, v.Source);
        }
        foreach (var v in t.MrioSectors)
        {
            refs.Item(v.Origin, 1, v.Item);
            refs.Source(v.Origin, 4, v.Source);
        }
        ValidateMeasures(t, d, refs);
        CodeTables.Check(t, d, refs);
        StressTables.Check(t, d, refs);
        FirmChecks.Check(t, d, refs);
        ShareSums.Check(t, d);
        RecipeCycles.Check(t, d);
        AlternativeGroups.Check(t, d, refs);
        ItemsWithoutProducers(t, d);
        refs.ReportUncitedSources();
    }

    private static void ValidateMeasures(DatasetTables t, DiagnosticBag d, References refs)
    {
        var ids = t.Controls.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var m in t.Controls)
        {
            refs.Country(m.Origin, 0, m.Issuer, "issuer");
            foreach (var item in m.Items) refs.Item(m.Origin, 0, item, "items");
            foreach (var c in m.Destinations.Where(c => c != Names.Everyone)) refs.Country(m.Origin, 0, c, "destinations");
            foreach (var c in m.ExcludedDestinations) refs.Country(m.Origin, 0, c, "excluded_destinations");
            foreach (var s in m.Sources) refs.Source(m.Origin, 0, s, "sources");
            if (m.Sources.Count == 0)
                d.Warning(m.Origin.File, m.Origin.Line, 0, $"measure '{m.Id}' cites no source; expected at least one id from sources.csv in 'sources'");
            foreach (var s in m.Suspends.Where(s => !ids.Contains(s)))
                d.Error(m.Origin.File, m.Origin.Line, 0, $"measure '{m.Id}' suspends unknown measure '{s}'; expected an id from controls.yaml");
            foreach (var phase in m.Phases)
            {
                foreach (var s in phase.Sources) refs.Source(phase.Origin, 0, s, "sources");
                foreach (var c in phase.Destinations.Where(c => c != Names.Everyone)) refs.Country(phase.Origin, 0, c, "destinations");
            }
            if (m.Kind == MeasureKind.Licence && m.ApprovalRate is null)
                d.Warning(m.Origin.File, m.Origin.Line, 0, $"licence measure '{m.Id}' has no approval_rate; exposure treats it as passing nothing");
        }
    }

    private static void ItemsWithoutProducers(DatasetTables t, DiagnosticBag d)
    {
        var produced = t.Production.Select(p => p.Item).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in t.Recipes)
            if (!produced.Contains(r.Input) && reported.Add(r.Input))
                d.Warning(r.Origin.File, r.Origin.Line, d.FieldOf(r.Origin.File, 2), $"item '{r.Input}' is used as an input but has no rows in production.csv; it is treated as always available");
    }
}
