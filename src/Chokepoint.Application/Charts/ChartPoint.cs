namespace Chokepoint.Application.Charts;

/// <summary>
/// One point of a series, in the units of the chart's axes (dates as day numbers, categories as indexes).
/// </summary>
/// <param name="X">Position on the horizontal axis; the start of a segment.</param>
/// <param name="Y">Position on the vertical axis; a bar's value.</param>
public readonly record struct ChartPoint(double X, double Y)
{
    /// <summary>Lower edge of the band at this point (the 5th percentile), in Y units; null without a band.</summary>
    public double? Low { get; init; }

    /// <summary>Upper edge of the band at this point (the 95th percentile), in Y units; null without a band.</summary>
    public double? High { get; init; }

    /// <summary>End of a segment (<see cref="SeriesKind.Segments"/>), in X units.</summary>
    public double? XEnd { get; init; }

    /// <summary>Text drawn beside the point (markers), or null.</summary>
    public string? Text { get; init; }

    /// <summary>More words for the point's hover text on the web (sources, items), or null.</summary>
    public string? Hover { get; init; }

    /// <summary>A colour of the point's own (#rrggbb) instead of the series', or null.</summary>
    public string? Color { get; init; }

    /// <summary>True for a hatched bar (a proxy, not a measure of what the axis says).</summary>
    public bool Hatched { get; init; }

    /// <summary>The position of a date on a <see cref="AxisScale.Date"/> axis.</summary>
    public static double Day(DateOnly date) => date.DayNumber;

    /// <summary>The date at position <paramref name="x"/> of a <see cref="AxisScale.Date"/> axis.</summary>
    public static DateOnly DateAt(double x) => DateOnly.FromDayNumber((int)Math.Round(x));

    /// <summary>The position of the first day of a month written yyyy-MM.</summary>
    public static double Month(string month) =>
        Day(DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
