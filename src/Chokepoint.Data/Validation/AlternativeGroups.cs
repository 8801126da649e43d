using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Validation;

/// <summary>
/// Checks the alternative groups of recipes.csv across rows: each group of an output has exactly one line in use
/// (no switch_days) and at least one alternative, all its lines agree on <c>essential</c>, and each switch_source
/// is a known source.
/// </summary>
internal static class AlternativeGroups
{
    public static void Check(DatasetTables t, DiagnosticBag d, References refs)
    {
        foreach (var r in t.Recipes)
            if (r.Alternative is { SwitchSource: { } s } a) refs.SourceAt(r.Origin, a.SourceField, s);
        var groups = t.Recipes.Where(r => r.Alternative is not null)
            .GroupBy(r => (r.Output, r.Alternative!.Group));
        foreach (var g in groups)
        {
            var lines = g.ToList();
            var first = lines[0];
            var at = first.Alternative!.GroupField;
            var inUse = lines.Count(l => l.Alternative!.InUse);
            if (inUse != 1)
                d.Error(first.Origin.File, first.Origin.Line, at,
                    $"group '{g.Key.Group}' of '{g.Key.Output}' has {inUse} line(s) in use (without switch_days); expected exactly one, the input used today");
            if (lines.Count < 2)
                d.Error(first.Origin.File, first.Origin.Line, at,
                    $"group '{g.Key.Group}' of '{g.Key.Output}' has one line; expected the input in use and at least one alternative");
            if (lines.Select(l => l.Essential).Distinct().Count() > 1)
                d.Error(first.Origin.File, first.Origin.Line, at,
                    $"group '{g.Key.Group}' of '{g.Key.Output}' mixes essential true and false; expected one value for the whole group");
        }
    }
}
