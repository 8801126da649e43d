using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Validation;

/// <summary>
/// Qualified-part rules of sourcing_rules.csv (issue 17 §1): the holder is the makers of one item whose recipe takes each
/// named input; the origin is a firm of firms.csv with plants of each input in the input's latest year (the parts come
/// from those plants only); one rule per holder, input and country.
/// </summary>
internal static class QualifiedRules
{
    public static void Check(DatasetTables t, DiagnosticBag d)
    {
        var items = t.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var firms = t.Firms.GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var latest = t.Production.GroupBy(p => p.Item).ToDictionary(g => g.Key, g => g.Max(p => p.Year), StringComparer.Ordinal);
        var seen = new Dictionary<(string, string, string), string>();
        foreach (var r in t.SourcingRules.Where(r => r.Kind == SourcingRule.Qualified))
        {
            var (file, line) = (r.Origin.File, r.Origin.Line);
            if (r.Holder != Names.Everyone && !items.Contains(r.Holder))
                d.Error(file, line, d.FieldOf(file, 4), $"a qualified rule covers the makers of one item, but '{r.Holder}' is not an item id; expected an item of items.csv");
            if (!firms.ContainsKey(r.OriginCountry))
                d.Error(file, line, d.FieldOf(file, 6), $"unknown firm '{r.OriginCountry}'; a qualified rule's origin is the firm its parts are qualified from, expected an id from firms.csv");
            foreach (var input in r.Items)
            {
                if (seen.TryGetValue((r.Holder, input, r.Country), out var first))
                    d.Error(file, line, d.FieldOf(file, 5), $"a second qualified rule for '{input}' bought by makers of '{r.Holder}' in {r.Country} (first: '{first}'); expected one rule per holder, input and country");
                else seen[(r.Holder, input, r.Country)] = r.Id;
                if (items.Contains(r.Holder) && !t.Recipes.Any(l => l.Output == r.Holder && l.Input == input))
                    d.Error(file, line, d.FieldOf(file, 5), $"'{r.Holder}' has no recipe line taking '{input}'; a qualified rule names inputs of the holder's recipe (recipes.csv)");
                if (firms.ContainsKey(r.OriginCountry) && latest.TryGetValue(input, out var year)
                    && !t.Plants.Any(p => p.Item == input && p.Year == year && Held(firms, p.Firm, r.OriginCountry)))
                    d.Error(file, line, d.FieldOf(file, 6), $"firm '{r.OriginCountry}' has no plant of '{input}' in {year} (plants.csv); a qualified rule needs the plants its parts come from");
            }
        }
    }

    // True when firm is target or one of its subsidiaries (parents followed, loops stopped by FirmChecks).
    private static bool Held(Dictionary<string, Firm> firms, string firm, string target)
    {
        string? current = firm;
        for (var depth = 0; current is not null && depth < 32; depth++)
        {
            if (current == target) return true;
            current = firms.TryGetValue(current, out var f) ? f.Parent : null;
        }
        return false;
    }
}
