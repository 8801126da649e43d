namespace Chokepoint.Model;

/// <summary>
/// Membership of a recipe line in an alternative group: the output needs one input of the group. The line
/// without <see cref="SwitchDays"/> is the input in use today; the others are alternatives a producer can switch to.
/// </summary>
/// <param name="Group">Group id, unique within the output (e.g. <c>magnet</c>).</param>
/// <param name="SwitchDays">Days to qualify and switch to this input when the one in use is short (≥ 0); null for the input in use.</param>
/// <param name="Penalty">Performance or cost penalty of this alternative as a fraction (0–1); 0 for the input in use.</param>
/// <param name="SwitchSource">Source of <paramref name="SwitchDays"/> and <paramref name="Penalty"/> (an assumptions source when assumed); null for the input in use.</param>
/// <param name="GroupField">1-based field number of the <c>group</c> column in the row's file, for diagnostics (0 when unknown).</param>
/// <param name="SourceField">1-based field number of the <c>switch_source</c> column, for diagnostics (0 when unknown).</param>
public sealed record RecipeAlternative(string Group, double? SwitchDays, double Penalty, string? SwitchSource, int GroupField = 0, int SourceField = 0)
{
    /// <summary>True for the input in use today (no switching time).</summary>
    public bool InUse => SwitchDays is null;
}
