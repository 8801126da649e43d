using Chokepoint.Analysis.Licences;
using Chokepoint.Model;

namespace Chokepoint.Analysis.Tests;

public sealed class WorkingCalendarTests
{
    private static CalendarDay Holiday(int y, int m, int d) => new(new DateOnly(y, m, d), false, "holiday", "test");
    private static CalendarDay Workday(int y, int m, int d) => new(new DateOnly(y, m, d), true, "holiday", "test");

    // 2025-10-01 (Wed) to 10-08 holidays; Sunday 09-28 and Saturday 10-11 working days, as the State Council set them.
    private static WorkingCalendar NationalDay2025() => new(
    [
        Holiday(2025, 10, 1), Holiday(2025, 10, 2), Holiday(2025, 10, 3), Holiday(2025, 10, 4),
        Holiday(2025, 10, 5), Holiday(2025, 10, 6), Holiday(2025, 10, 7), Holiday(2025, 10, 8),
        Workday(2025, 9, 28), Workday(2025, 10, 11),
    ]);

    [Fact]
    public void The_filing_day_itself_is_not_counted()
    {
        Assert.Equal(new DateOnly(2025, 9, 16), NationalDay2025().AddWorkingDays(new DateOnly(2025, 9, 15), 1));
    }

    [Fact]
    public void An_adjusted_sunday_counts_as_a_working_day()
    {
        // Friday 09-26 + 1 working day is Sunday 09-28 (an adjusted working day), not Monday 09-29.
        Assert.Equal(new DateOnly(2025, 9, 28), NationalDay2025().AddWorkingDays(new DateOnly(2025, 9, 26), 1));
    }

    [Fact]
    public void Holidays_are_skipped()
    {
        // 09-30 is the 3rd working day after 09-26; the 4th is 10-09, after eight days of holiday.
        Assert.Equal(new DateOnly(2025, 10, 9), NationalDay2025().AddWorkingDays(new DateOnly(2025, 9, 26), 4));
    }

    [Fact]
    public void Forty_five_working_days_across_national_day_2025_end_on_4_december()
    {
        // Hand count: 09-28, 29, 30 (3); 10-09, 10, 11 (6); five-day weeks from 10-13 to 11-28 (7 weeks = 35, total 41); 12-01..04 (45).
        Assert.Equal(new DateOnly(2025, 12, 4), NationalDay2025().AddWorkingDays(new DateOnly(2025, 9, 26), 45));
    }

    [Fact]
    public void Counting_past_the_covered_years_gives_no_date()
    {
        Assert.Null(NationalDay2025().AddWorkingDays(new DateOnly(2025, 12, 1), 45));
    }
}
