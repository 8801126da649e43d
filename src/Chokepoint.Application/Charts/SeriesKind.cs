namespace Chokepoint.Application.Charts;

/// <summary>How a series draws its points.</summary>
public enum SeriesKind
{
    /// <summary>A line through the points in order; a band from each point's low to high when they are given.</summary>
    Line,

    /// <summary>A marker per point, with the point's text beside it when given.</summary>
    Markers,

    /// <summary>A bar per point from zero to its value, along the category axis (vertical bars when X is the category axis, horizontal when Y is).</summary>
    Bars,

    /// <summary>A thick horizontal segment per point from X to <see cref="ChartPoint.XEnd"/> on row Y (timelines).</summary>
    Segments,
}
