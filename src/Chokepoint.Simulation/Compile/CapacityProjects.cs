using Chokepoint.Analysis.Controls;
using Chokepoint.Model;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Compile;

/// <summary>
/// Capacity projects of expansion.csv (announced, under way or operating) outside the issuers: what 'suppliers' lists
/// and what the stress test adds to unrestricted producers' headroom from the day a project's output starts.
/// </summary>
internal static class CapacityProjects
{
    /// <summary>
    /// Projects for <paramref name="item"/> outside <paramref name="issuers"/> with a published capacity in the item's
    /// unit (or t for an item counted in kg) and an online date, by that date.
    /// </summary>
    public static List<(DateOnly Online, double PerYear)> Of(Dataset dataset, string item, IReadOnlySet<string> issuers)
    {
        var unit = dataset.Items.TryGetValue(item, out var it) ? it.Unit : "";
        return dataset.Tables.Expansion
            .Where(e => e.Project is not null && e.Item == item && e.Country is { } c && !issuers.Contains(c) && e.Capacity is not null && e.Online is not null)
            .Select(e => (Online: e.Online!.Value, PerYear: e.CapacityUnit == unit ? e.Capacity!.Value : e.CapacityUnit == "t" && unit == "kg" ? e.Capacity!.Value * 1000 : double.NaN))
            .Where(p => !double.IsNaN(p.PerYear))
            .OrderBy(p => p.Online).ToList();
    }

    /// <summary>
    /// The stress test's schedule for <paramref name="item"/>: each project that starts after the year of the item's
    /// shares (earlier ones are in the shares already), as (day of the horizon it starts, its capacity as a fraction of
    /// world output). Issuers are those of the scenario's goods restrictions on the item. Empty when world output is
    /// unknown (production.csv has no quantity), with a note.
    /// </summary>
    public static List<(int Day, double Fraction)> Schedule(Dataset dataset, Scenario scenario, string item, List<string> notes)
    {
        var issuers = scenario.MeasureIds.Select(id => dataset.Measures[id]).Concat(scenario.Controls)
            .Where(m => MeasureResolver.IsGoodsRestriction(m) && m.Items.Contains(item)).Select(m => m.Issuer).ToHashSet(StringComparer.Ordinal);
        if (!dataset.LatestYear.TryGetValue(item, out var year)) return [];
        var after = new DateOnly(year, 12, 31);
        var projects = Of(dataset, item, issuers).Where(p => p.Online > after).ToList();
        if (projects.Count == 0) return [];
        if (Analysis.Concentration.WorldOutput.PerDay(dataset, item, []) is not { } perDay || perDay <= 0)
        {
            notes.Add($"{item}: expansion.csv projects not used, as production.csv gives no world output quantity to scale them by");
            return [];
        }
        return projects.Select(p => (Math.Max(0, p.Online.DayNumber - scenario.Start.DayNumber), p.PerYear / (365.0 * perDay))).ToList();
    }
}
