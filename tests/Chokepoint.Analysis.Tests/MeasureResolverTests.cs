using Chokepoint.Analysis.Controls;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

public sealed class MeasureResolverTests
{
    private static readonly ControlMeasure Measure = new()
    {
        Id = "x", Issuer = "CHN", Kind = MeasureKind.Licence, Items = ["m"],
        Announced = new DateOnly(2025, 10, 9), Effective = new DateOnly(2025, 11, 8),
        SuspendedFrom = new DateOnly(2025, 11, 10), SuspendedUntil = new DateOnly(2026, 11, 10),
        Ended = new DateOnly(2027, 1, 1),
    };

    [Theory]
    [InlineData("2025-10-08", null)]
    [InlineData("2025-10-09", MeasureStatus.Announced)]
    [InlineData("2025-11-07", MeasureStatus.Announced)]
    [InlineData("2025-11-08", MeasureStatus.InForce)]
    [InlineData("2025-11-10", MeasureStatus.Suspended)]
    [InlineData("2026-11-09", MeasureStatus.Suspended)]
    [InlineData("2026-11-10", MeasureStatus.InForce)]
    [InlineData("2027-01-01", MeasureStatus.Ended)]
    public void Status_moves_from_announced_to_in_force_suspended_in_force_and_ended(string date, MeasureStatus? expected)
    {
        var resolver = new MeasureResolver([Measure]);
        Assert.Equal(expected, resolver.StatusOn(Measure, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Controls_query_filters_by_hs_prefix_in_both_directions()
    {
        var d = new DatasetBuilder().Item("magnet", ItemKind.Component, "test", "850511").Produced("magnet", ("CHN", 100))
            .Measure("mag", ["magnet"]).Build();
        var on = new DateOnly(2025, 6, 1);
        Assert.Single(ControlQuery.Run(d, new ControlFilter { AsOf = on, HsCode = "8505" }));
        Assert.Single(ControlQuery.Run(d, new ControlFilter { AsOf = on, HsCode = "85051100" }));
        Assert.Empty(ControlQuery.Run(d, new ControlFilter { AsOf = on, HsCode = "2805" }));
    }

    [Fact]
    public void Controls_query_leaves_out_measures_announced_after_the_date()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 100)).Measure("later", ["m"], m => m with { Announced = new DateOnly(2026, 1, 1), Effective = new DateOnly(2026, 1, 1) }).Build();
        Assert.Empty(ControlQuery.Run(d, new ControlFilter { AsOf = new DateOnly(2025, 12, 31) }));
        Assert.Single(ControlQuery.Run(d, new ControlFilter { AsOf = new DateOnly(2026, 1, 1), Target = "USA" }));
        Assert.Empty(ControlQuery.Run(d, new ControlFilter { AsOf = new DateOnly(2026, 1, 1), Issuer = "USA" }));
    }
}
