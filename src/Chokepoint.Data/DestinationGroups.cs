using Chokepoint.Model;

namespace Chokepoint.Data;

/// <summary>
/// Expands group names of countries.csv (e.g. <c>EU</c>, <c>G7</c>) in the destinations of licence phases into
/// their member countries (issue 17 §2: phases by destination group). A name that is a country stays as it is; a
/// name that is neither is left for validation to report.
/// </summary>
internal static class DestinationGroups
{
    /// <summary>The tables with every phase's group names replaced by the group's members.</summary>
    public static DatasetTables Expand(DatasetTables tables)
    {
        var countries = tables.Countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        var members = tables.Countries.SelectMany(c => c.Groups.Select(g => (Group: g, c.Iso3)))
            .Where(x => !countries.Contains(x.Group))
            .GroupBy(x => x.Group, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Iso3).ToList(), StringComparer.Ordinal);
        if (members.Count == 0) return tables;
        IReadOnlyList<string> Of(IReadOnlyList<string> list) =>
            list.Any(members.ContainsKey) ? list.SelectMany(d => members.TryGetValue(d, out var m) ? m : [d]).Distinct().ToList() : list;
        var controls = tables.Controls.Select(m => m.Phases.Any(p => p.Destinations.Any(members.ContainsKey))
            ? m with { Phases = m.Phases.Select(p => p with { Destinations = Of(p.Destinations) }).ToList() }
            : m).ToList();
        return tables with { Controls = controls };
    }
}
