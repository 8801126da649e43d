using Chokepoint.Analysis.Screening;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

/// <summary>Measures limited to some end uses (a ban on military users) against parts with and without an end use.</summary>
public sealed class PartScreenerEndUseTests
{
    private static readonly DateOnly Day = new(2025, 10, 20);

    // M1 licences every buyer at 50 %; MIL bans military buyers only.
    private static Dataset Data() =>
        new DatasetBuilder()
            .Item("magnet", ItemKind.Component, "test", "850511")
            .Produced("magnet", ("CHN", 100))
            .Measure("M1", ["magnet"], m => m with { Kind = MeasureKind.Licence, ApprovalRate = 0.5 })
            .Measure("MIL", ["magnet"], m => m with { Kind = MeasureKind.Ban, EndUses = ["military"] })
            .Build();

    private static PartScreen Screen(string endUse) =>
        new PartScreener(Data(), "DEU", Day).Screen(new PartRow(2, "P-1", "850511", "CHN") { EndUse = endUse, StockDays = 30 });

    [Fact]
    public void A_military_part_is_reached_by_the_military_ban_and_loses_all_its_supply()
    {
        var s = Screen("military");
        Assert.Equal(["M1", "MIL"], s.InForce);
        Assert.Empty(s.DependsOnEndUse);
        Assert.Equal(1.0, s.OutputAtRisk!.Value, 1e-9);
    }

    [Fact]
    public void A_civil_part_is_not_reached_by_the_military_ban()
    {
        var s = Screen("civil");
        Assert.Equal(["M1"], s.InForce);
        Assert.DoesNotContain(s.Reaches, r => r.MeasureId == "MIL");
        Assert.Equal(0.5, s.OutputAtRisk!.Value, 1e-9);
    }

    [Fact]
    public void With_no_end_use_the_military_ban_depends_on_end_use_and_is_not_listed_as_applying()
    {
        var s = Screen("");
        Assert.Equal(["M1"], s.InForce);
        Assert.Equal(["MIL"], s.DependsOnEndUse);
        Assert.Equal(["military"], s.Reaches.Single(r => r.MeasureId == "MIL").EndUses);
        Assert.Equal("controlled", s.Verdict);
        Assert.Equal(0.5, s.OutputAtRisk!.Value, 1e-9);
    }

    [Fact]
    public void A_part_reached_only_by_an_end_use_ban_has_the_verdict_depends_on_end_use()
    {
        var data = new DatasetBuilder()
            .Item("magnet", ItemKind.Component, "test", "850511")
            .Produced("magnet", ("CHN", 100))
            .Measure("MIL", ["magnet"], m => m with { Kind = MeasureKind.Ban, EndUses = ["military"] })
            .Build();
        var s = new PartScreener(data, "DEU", Day).Screen(new PartRow(2, "P-1", "850511", "CHN"));
        Assert.Equal("depends-on-end-use", s.Verdict);
        Assert.Empty(s.InForce);
    }
}
