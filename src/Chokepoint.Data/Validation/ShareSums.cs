using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Validation;

/// <summary>Shares of an item-year must not exceed 100.5%; below 90% without a ROW row is a warning.</summary>
internal static class ShareSums
{
    public static void Check(DatasetTables t, DiagnosticBag d)
    {
        foreach (var group in t.Production.GroupBy(p => (p.Item, p.Year)))
        {
            var sum = group.Sum(p => p.SharePct);
            var first = group.First().Origin;
            if (sum > DatasetValidator.MaxShareSumPct)
                d.Error(first.File, first.Line, d.FieldOf(first.File, 4), $"shares of '{group.Key.Item}' in {group.Key.Year} sum to {sum:0.##}%; expected at most 100 (tolerance {DatasetValidator.MaxShareSumPct})");
            else if (sum < DatasetValidator.MinShareSumPct && group.All(p => p.Country != Names.RestOfWorld))
                d.Warning(first.File, first.Line, d.FieldOf(first.File, 4), $"shares of '{group.Key.Item}' in {group.Key.Year} sum to {sum:0.##}% and there is no ROW row; the rest of world is treated as unknown supply");
        }
    }
}
