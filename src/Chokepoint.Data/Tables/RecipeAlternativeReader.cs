using Chokepoint.Data.Csv;
using Chokepoint.Model;

namespace Chokepoint.Data.Tables;

/// <summary>
/// The optional alternative-group columns of recipes.csv (<c>group</c>, <c>switch_days</c>, <c>penalty</c>,
/// <c>switch_source</c>); files without them stay valid. Row-level checks here, group-level checks in
/// Validation/AlternativeGroups.
/// </summary>
internal static class RecipeAlternativeReader
{
    /// <summary>Longest switching time accepted, in days (ten years).</summary>
    public const double MaxSwitchDays = 3650;

    /// <summary>The row's group membership, or null when its <c>group</c> is empty (errors go to the row).</summary>
    public static RecipeAlternative? Read(RowReader r)
    {
        var group = r.Raw("group");
        var switchDays = r.Number("switch_days", 0, MaxSwitchDays, required: false);
        var penalty = r.Number("penalty", 0, 1, required: false);
        var switchSource = r.Raw("switch_source");
        if (group.Length == 0)
        {
            if (switchDays is not null) r.Error("switch_days", "switch_days is set on a line without a group; expected a 'group' id naming the alternatives it belongs to");
            if (penalty is not null) r.Error("penalty", "penalty is set on a line without a group; expected a 'group' id naming the alternatives it belongs to");
            if (switchSource.Length > 0) r.Error("switch_source", "switch_source is set on a line without a group; expected a 'group' id");
            return null;
        }
        var id = r.Id("group");
        if (id is null) return null;
        if (switchDays is null)
        {
            // The line in use today: switching time and penalty belong to the alternatives.
            if (penalty is > 0) r.Error("penalty", $"penalty {penalty} on the line in use of group '{id}' (no switch_days); expected the penalty on the alternatives, which have switch_days");
            return new RecipeAlternative(id, null, 0, null, r.FieldNumber("group"));
        }
        if (switchSource.Length == 0)
        {
            r.Error("switch_source", $"alternative in group '{id}' has switch_days but no switch_source; expected the id of the source of its switching time and penalty (or an assumptions source)");
            return null;
        }
        var source = r.Id("switch_source");
        return source is null ? null : new RecipeAlternative(id, switchDays, penalty ?? 0, source, r.FieldNumber("group"), r.FieldNumber("switch_source"));
    }
}
