using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>
/// Issue 17 §1: parts qualified from one firm run out on their own. m: nex makes 40% of the world, 32 points in China
/// (plant nex-cn) and 8 in ROW (nex-row); China stops nex's exports to the USA from day 0; the USA's makers of p hold
/// 30 days of m.
/// </summary>
public sealed class QualifiedPartStressTests
{
    private static DatasetBuilder Builder() => Chain.Builder(("CHN", 32), ("ROW", 68))
        .Firm("nex", "NLD").Plant("nex-cn", "nex", "m", "CHN", 32).Plant("nex-row", "nex", "m", "ROW", 8)
        .WithMeasure(m => m with { FirmTargets = ["nex"] });

    [Fact]
    public void Pooled_parts_spread_the_cut_over_the_whole_stock()
    {
        // A 0.32 daily gap on 30 days of stock lasts 93.75 days; then 0.68.
        var p = Chain.Run(Builder().Build(), Chain.Scenario(365, "M")).Node("p", kind: "product");

        Assert.All(p.Series.Take(93), v => Assert.Equal(1.0, v, 6));
        Assert.All(p.Series.Skip(95), v => Assert.Equal(0.68, v, 6));
    }

    [Fact]
    public void Qualified_parts_run_out_first_and_then_bind_at_what_the_firm_still_ships()
    {
        // The qualified 40% holds 30 days of its own need (12 units) and loses 0.32 a day: out after 37.5 days, then
        // 0.08 of 0.4 arrives, so p is made at 0.2; the rest of m arrives whole.
        var p = Chain.Run(Builder().Qualified("p", "m", "nex", 40).Build(), Chain.Scenario(365, "M")).Node("p", kind: "product");

        Assert.All(p.Series.Take(37), v => Assert.Equal(1.0, v, 6));
        Assert.All(p.Series.Skip(38), v => Assert.Equal(0.2, v, 6));
        Assert.Equal(37, p.TtsDays.Median);
    }

    [Fact]
    public void A_qualified_rule_never_raises_output_when_the_firm_is_cut()
    {
        var pooled = Chain.Run(Builder().Build(), Chain.Scenario(365, "M")).Node("p", kind: "product");
        var qualified = Chain.Run(Builder().Qualified("p", "m", "nex", 40).Build(), Chain.Scenario(365, "M")).Node("p", kind: "product");

        for (var t = 0; t < 365; t++) Assert.True(qualified.Series[t] <= pooled.Series[t] + 1e-9, $"day {t}");
    }
}
