using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Validation;

/// <summary>
/// The firm layer: parents exist and form no loop, a plant belongs to a known firm and stands in one country, its
/// country has a row for the item-year, and the plants of a country never add up to more than the country's share
/// (a plant refines its country's row, never adds to it). Firm targets of measures must name a firm of firms.csv
/// (or, except for sanctions, a plant of plants.csv).
/// </summary>
internal static class FirmChecks
{
    /// <summary>Tolerance on plant sums against their country's share, in percentage points.</summary>
    public const double TolerancePct = 0.05;

    public static void Check(DatasetTables t, DiagnosticBag d, References refs)
    {
        var firms = t.Firms.GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var f in t.Firms)
        {
            refs.Country(f.Origin, 3, f.Country);
            refs.Source(f.Origin, 4, f.Source);
            if (f.Parent is { } parent && !firms.ContainsKey(parent))
                d.Error(f.Origin.File, f.Origin.Line, 0, $"firm '{f.Id}' has unknown parent '{parent}'; expected an id from firms.csv");
            else if (Loops(f, firms))
                d.Error(f.Origin.File, f.Origin.Line, 0, $"firm '{f.Id}' is its own parent through its chain of parents; expected the chain to end");
        }
        var first = new Dictionary<string, PlantShare>(StringComparer.Ordinal);
        var rows = t.Production.GroupBy(p => (p.Item, p.Country, p.Year)).ToDictionary(g => g.Key, g => g.Last());
        foreach (var p in t.Plants)
        {
            refs.Item(p.Origin, 3, p.Item);
            refs.Country(p.Origin, 4, p.Country);
            refs.Source(p.Origin, 7, p.Source);
            if (!firms.ContainsKey(p.Firm))
                d.Error(p.Origin.File, p.Origin.Line, d.FieldOf(p.Origin.File, 2), $"plant '{p.Plant}' names unknown firm '{p.Firm}'; expected an id from firms.csv");
            if (firms.ContainsKey(p.Plant))
                d.Error(p.Origin.File, p.Origin.Line, d.FieldOf(p.Origin.File, 1), $"plant id '{p.Plant}' is also a firm id; expected plant ids distinct from firm ids");
            if (first.TryGetValue(p.Plant, out var earlier) && (earlier.Country != p.Country || earlier.Firm != p.Firm))
                d.Error(p.Origin.File, p.Origin.Line, d.FieldOf(p.Origin.File, 4), $"plant '{p.Plant}' is in {p.Country} of '{p.Firm}' here but in {earlier.Country} of '{earlier.Firm}' on line {earlier.Origin.Line}; expected one country and firm per plant");
            else first.TryAdd(p.Plant, p);
            if (!rows.ContainsKey((p.Item, p.Country, p.Year)))
                d.Error(p.Origin.File, p.Origin.Line, d.FieldOf(p.Origin.File, 4), $"plant '{p.Plant}' makes '{p.Item}' in {p.Country} in {p.Year}, but production.csv has no {p.Country} row for that item-year; expected the country's row that the plant refines");
        }
        foreach (var g in t.Plants.GroupBy(p => (p.Item, p.Country, p.Year)))
        {
            if (!rows.TryGetValue(g.Key, out var country)) continue;
            var sum = g.Sum(p => p.SharePct);
            if (sum > country.SharePct + TolerancePct)
            {
                var at = g.First().Origin;
                d.Error(at.File, at.Line, d.FieldOf(at.File, 6), $"plants of '{g.Key.Item}' in {g.Key.Country} in {g.Key.Year} sum to {sum:0.##}% of world output, above the country's {country.SharePct:0.##}%; a plant refines its country's row and never adds to it");
            }
        }
        CheckTargets(t, d, firms);
    }

    // Every firm a measure names must be a row of firms.csv (a plant id also names a producer for measures that cut
    // output; a sanction names firms as buyers or counterparties, so only firms.csv ids). The error points at the
    // measure's line and names the id, the measure and what was expected, with the nearest known id.
    private static void CheckTargets(DatasetTables t, DiagnosticBag d, Dictionary<string, Firm> firms)
    {
        var plants = t.Plants.Select(p => p.Plant).ToHashSet(StringComparer.Ordinal);
        foreach (var m in t.Controls)
        {
            var sanction = m.Kind == MeasureKind.Sanction;
            foreach (var target in m.FirmTargets.Where(x => !firms.ContainsKey(x) && (sanction || !plants.Contains(x))))
            {
                var expected = sanction ? "an id from firms.csv (a sanction names firms)" : "an id from firms.csv or plants.csv";
                var known = sanction ? firms.Keys : firms.Keys.Concat(plants);
                d.Error(m.Origin.File, m.Origin.Line, 0, $"measure '{m.Id}' names unknown firm '{target}' in 'targets'; expected {expected}{References.Suggest(target, known)}");
            }
        }
    }

    private static bool Loops(Firm f, Dictionary<string, Firm> firms)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { f.Id };
        var current = f.Parent;
        while (current is not null && firms.TryGetValue(current, out var p))
        {
            if (!seen.Add(current)) return true;
            current = p.Parent;
        }
        return false;
    }
}
