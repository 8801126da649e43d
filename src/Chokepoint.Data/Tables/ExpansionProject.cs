using Chokepoint.Data.Csv;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Tables;

/// <summary>Reads the project columns of an expansion.csv row (docs/dataset.md, "expansion.csv").</summary>
internal static class ExpansionProject
{
    /// <summary>Project statuses, in the order a plant passes through them.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["announced", "under-way", "operating"];

    /// <summary>The project row, or null when a field is bad (reported at the field).</summary>
    public static Expansion? Read(RowReader r, Origin o, string? item, string? source, string project)
    {
        if (r.Raw("spare_capacity_pct").Length > 0 || r.Raw("expansion_days").Length > 0)
            r.Error("project", "a project row leaves spare_capacity_pct and expansion_days empty (they belong to the item's headroom row)");
        var country = r.Country("country");
        var capacity = r.Raw("capacity").Length > 0 ? r.Number("capacity", 0, 1e12) : null;
        var unit = r.Raw("capacity_unit");
        if (capacity is not null && unit.Length == 0) r.Error("capacity_unit", "a capacity needs its unit (the item's unit, or t for an item counted in kg)");
        var onlineText = r.OptionalDate("online");
        DateOnly? online = onlineText is { Length: > 0 } t ? DateOnly.ParseExact(t, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
        if (onlineText is { Length: 0 }) r.Error("online", "a project needs the date its output starts (reported or planned), YYYY-MM-DD");
        var status = r.Raw("status");
        if (!Statuses.Contains(status)) r.Error("status", $"unknown status '{Shown.Clip(status)}'; expected one of {string.Join(", ", Statuses)}");
        var bad = item is null || source is null || country is null || online is null || !Statuses.Contains(status)
            || (capacity is null && r.Raw("capacity").Length > 0) || (capacity is not null && unit.Length == 0)
            || r.Raw("spare_capacity_pct").Length > 0 || r.Raw("expansion_days").Length > 0;
        return bad ? null : new Expansion(item!, 0, 0, source!)
        {
            Origin = o, Project = project, Country = country, Capacity = capacity, CapacityUnit = unit.Length > 0 ? unit : null, Online = online, Status = status,
        };
    }
}
