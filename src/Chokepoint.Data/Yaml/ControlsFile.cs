using Chokepoint.Model;

namespace Chokepoint.Data.Yaml;

/// <summary>What controls.yaml holds: the measures and the date through which their sources were checked.</summary>
/// <param name="Measures">The measures, in file order.</param>
/// <param name="ReviewedThrough">The <c>reviewed_through</c> date, or null when the file does not declare one.</param>
public sealed record ControlsFile(IReadOnlyList<ControlMeasure> Measures, DateOnly? ReviewedThrough)
{
    /// <summary>No measures, no review date.</summary>
    public static ControlsFile Empty { get; } = new([], null);
}
