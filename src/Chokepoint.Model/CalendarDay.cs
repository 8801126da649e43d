namespace Chokepoint.Model;

/// <summary>
/// An exception to China's Monday–Friday working week (cn_calendar.csv): a public holiday (rest day), or a
/// Saturday or Sunday made a working day by the State Council's holiday arrangements for the year.
/// </summary>
/// <param name="Date">The day.</param>
/// <param name="IsWorkday">True for an adjusted weekend working day, false for a holiday rest day.</param>
/// <param name="Name">The holiday it belongs to, e.g. spring-festival.</param>
/// <param name="Source">Source id (sources.csv) of the year's arrangements.</param>
public sealed record CalendarDay(DateOnly Date, bool IsWorkday, string Name, string Source)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
}
