namespace Chokepoint.Application.Charts;

/// <summary>One series of a chart: its label (the legend entry, decided here once for every surface), how it draws and its points.</summary>
/// <param name="Label">The legend entry and hover name.</param>
/// <param name="Kind">How the points are drawn.</param>
/// <param name="Points">The points, in drawing order.</param>
public sealed record Series(string Label, SeriesKind Kind, IReadOnlyList<ChartPoint> Points)
{
    /// <summary>The series colour, #rrggbb (a point's own colour wins).</summary>
    public string Color { get; init; } = ChartColors.Blue;

    /// <summary>True for a dashed line (modelled beside observed, reference lines).</summary>
    public bool Dashed { get; init; }

    /// <summary>The marker at each point (lines and markers).</summary>
    public PointMarker Marker { get; init; } = PointMarker.None;

    /// <summary>False when the series has no legend entry (a second segment colour already named, say).</summary>
    public bool InLegend { get; init; } = true;

    /// <summary>True when any point carries a band (low and high).</summary>
    public bool HasBand => Points.Any(p => p.Low is not null && p.High is not null);
}
