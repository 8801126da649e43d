namespace Chokepoint.Application.Charts;

/// <summary>How an axis maps values to positions.</summary>
public enum AxisScale
{
    /// <summary>Linear numbers.</summary>
    Linear,

    /// <summary>Base-10 logarithm; values must be above zero.</summary>
    Log,

    /// <summary>Dates: values are <see cref="DateOnly.DayNumber"/>s (see <see cref="ChartPoint.Day"/>).</summary>
    Date,

    /// <summary>Named categories: values are indexes into <see cref="Axis.Categories"/>.</summary>
    Category,
}
