using Chokepoint.Application.Report;

namespace Chokepoint.Application.Tests;

/// <summary>The overview's headline cards: the most exposed product today, and if the recorded end dates hold.</summary>
public sealed class HeadlineReportTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);
    private static readonly DateOnly Comparison = new(2025, 10, 10);
    private static readonly string Now = HeadlineReport.Views(Today, Comparison)[0];

    private static HeadlineReport With(params ProductExposure[] exposures) => new(Today, Comparison, "CHN", [], [], [], [], exposures, []);

    [Fact]
    public void If_the_recorded_end_dates_hold_a_product_they_do_not_change_still_competes_with_its_one_figure()
    {
        // Regression: the overview said "if the recorded end dates hold: 98.9% (smartphone)" under a card of 99.9% for
        // fighter-jet, whose 99.9% holds either way; only products with a second figure were compared.
        var report = With(
            new ProductExposure("fighter-jet", "USA", Now, 0.999, "gallium"),
            new ProductExposure("smartphone", "USA", Now, 0.874, "gallium") { IfRecordedEnd = 0.989 },
            new ProductExposure("fighter-jet", "USA", "full cut-off", 1.0, ""));

        Assert.Equal("fighter-jet", report.MostExposed("USA")!.Product);
        Assert.Equal(("fighter-jet", 0.999), report.MostExposedIfRecordedEnd("USA"));
    }

    [Fact]
    public void A_second_figure_higher_than_every_first_figure_wins_and_none_without_a_second_figure()
    {
        var report = With(
            new ProductExposure("fighter-jet", "EU", Now, 0.5, "gallium"),
            new ProductExposure("electric-car", "EU", Now, 0.05, "dysprosium-oxide") { IfRecordedEnd = 0.6 },
            new ProductExposure("fighter-jet", "USA", Now, 0.9, "gallium"));

        Assert.Equal(("electric-car", 0.6), report.MostExposedIfRecordedEnd("EU"));
        Assert.Null(report.MostExposedIfRecordedEnd("USA"));
    }
}
