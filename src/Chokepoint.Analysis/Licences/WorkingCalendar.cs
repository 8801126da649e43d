using Chokepoint.Model;

namespace Chokepoint.Analysis.Licences;

/// <summary>
/// China's official working-day calendar (cn_calendar.csv): Monday to Friday, less public holidays, plus the weekend
/// days the State Council's arrangements make working days. Covers the years the table lists holidays for; counting
/// beyond them is refused rather than guessed. Thread-safe after construction.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarDay> _exceptions;

    /// <summary>Builds the calendar from <paramref name="days"/> (holidays and adjusted working days).</summary>
    public WorkingCalendar(IReadOnlyList<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        _exceptions = days.GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.Last());
        var years = days.Where(d => !d.IsWorkday).Select(d => d.Date.Year).ToList();
        FirstYear = years.Count > 0 ? years.Min() : null;
        LastYear = years.Count > 0 ? years.Max() : null;
    }

    /// <summary>First year covered, or null for an empty calendar.</summary>
    public int? FirstYear { get; }

    /// <summary>Last year covered, or null for an empty calendar.</summary>
    public int? LastYear { get; }

    /// <summary>True when <paramref name="date"/> falls in a covered year.</summary>
    public bool Covers(DateOnly date) => FirstYear is { } f && LastYear is { } l && date.Year >= f && date.Year <= l;

    /// <summary>True when <paramref name="date"/> is a working day (the caller checks <see cref="Covers"/>).</summary>
    public bool IsWorkingDay(DateOnly date) =>
        _exceptions.TryGetValue(date, out var day) ? day.IsWorkday : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The holiday or adjusted working day on <paramref name="date"/>, or null for an ordinary day.</summary>
    public CalendarDay? Exception(DateOnly date) => _exceptions.GetValueOrDefault(date);

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/> (the start day itself is not
    /// counted, as periods in Chinese administrative law run from the next day); null when the count leaves the covered years.
    /// </summary>
    public DateOnly? AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        if (!Covers(start)) return null;
        var day = start;
        var left = workingDays;
        while (left > 0)
        {
            day = day.AddDays(1);
            if (!Covers(day)) return null;
            if (IsWorkingDay(day)) left--;
        }
        return day;
    }
}
