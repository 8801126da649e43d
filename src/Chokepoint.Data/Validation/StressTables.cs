using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Validation;

/// <summary>Cross-file checks of the tables the stress test and back-test read: stock holders, transit, sourcing rules, the observed record.</summary>
internal static class StressTables
{
    public static void Check(DatasetTables t, DiagnosticBag d, References refs)
    {
        var industries = t.Items.Select(i => i.Industry).ToHashSet(StringComparer.Ordinal);
        var items = t.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        void Holder(Origin at, int column, string holder)
        {
            if (holder == Names.Everyone || items.Contains(holder) || industries.Contains(holder)) return;
            d.Error(at.File, at.Line, d.FieldOf(at.File, column), $"unknown holder '{holder}'; expected an item id, an industry of items.csv (e.g. {string.Join(", ", industries.Order(StringComparer.Ordinal).Take(3))}) or '*'");
        }
        foreach (var s in t.Stocks) Holder(s.Origin, 5, s.Holder);
        foreach (var x in t.Transit)
        {
            if (x.Exporter != Names.Everyone) refs.Country(x.Origin, 1, x.Exporter);
            if (x.Importer != Names.Everyone) refs.Country(x.Origin, 2, x.Importer);
            refs.Source(x.Origin, 4, x.Source);
        }
        foreach (var r in t.SourcingRules)
        {
            if (r.Country != Names.Everyone) refs.Country(r.Origin, 3, r.Country);
            Holder(r.Origin, 4, r.Holder);
            foreach (var i in r.Items.Where(i => i != Names.Everyone)) refs.Item(r.Origin, 5, i);
            if (r.OriginCountry.Length > 0 && r.Kind != SourcingRule.Qualified) refs.Country(r.Origin, 6, r.OriginCountry);
            foreach (var source in r.Source.Split(';')) refs.Source(r.Origin, 8, source);
        }
        DomesticShares(t, d);
        QualifiedRules.Check(t, d);
        foreach (var f in t.ObservedFlows)
        {
            foreach (var i in f.Items) refs.Item(f.Origin, 2, i);
            refs.Country(f.Origin, 3, f.Exporter);
            if (f.Importer != Names.Everyone) refs.Country(f.Origin, 4, f.Importer);
            refs.Source(f.Origin, 7, f.Source);
        }
        foreach (var x in t.ObservedOutput)
        {
            foreach (var i in x.Products) refs.Item(x.Origin, 2, i);
            refs.Country(x.Origin, 3, x.Country);
            refs.Source(x.Origin, 8, x.Source);
        }
        foreach (var p in t.ObservedPrices)
        {
            refs.Item(p.Origin, 2, p.Item);
            refs.Source(p.Origin, 11, p.Source);
        }
        foreach (var e in t.ObservedEvents)
        {
            refs.Country(e.Origin, 2, e.Country);
            refs.Item(e.Origin, 3, e.Product);
            refs.Source(e.Origin, 6, e.Source);
        }
    }

    /// <summary>A domestic share needs makers in the country or its origin (a production.csv row of the item's latest year) and one rule per item and country.</summary>
    private static void DomesticShares(DatasetTables t, DiagnosticBag d)
    {
        var latest = t.Production.GroupBy(p => p.Item).ToDictionary(g => g.Key, g => g.Max(p => p.Year), StringComparer.Ordinal);
        var seen = new Dictionary<(string, string), string>();
        foreach (var r in t.SourcingRules.Where(r => r.Kind == SourcingRule.DomesticShare))
        {
            foreach (var item in r.Items)
            {
                if (seen.TryGetValue((item, r.Country), out var first))
                    d.Error(r.Origin.File, r.Origin.Line, d.FieldOf(r.Origin.File, 5), $"a second domestic-share rule for '{item}' in {r.Country} (first: '{first}'); expected one rule per item and country");
                else seen[(item, r.Country)] = r.Id;
                if (!latest.TryGetValue(item, out var year)) continue;
                if (!t.Production.Any(p => p.Item == item && p.Year == year && p.Country == r.Makers && p.SharePct > 0))
                    d.Error(r.Origin.File, r.Origin.Line, d.FieldOf(r.Origin.File, r.OriginCountry.Length > 0 ? 6 : 3), $"{r.Makers} has no production.csv row for '{item}' in {year}; a domestic share needs makers there, expected a country that makes the item");
            }
        }
    }
}
