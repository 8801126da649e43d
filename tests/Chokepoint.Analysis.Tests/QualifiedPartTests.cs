using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

/// <summary>
/// Issue 17 §1: parts qualified from one firm (sourcing_rules.csv kind qualified). A maker that buys 40% of its m from
/// firm "nex" alone is limited by the scarcer of those parts and the rest; pooled, the same cut costs it only the
/// firm's share of the market.
/// </summary>
public sealed class QualifiedPartTests
{
    private static readonly DateOnly Day = new(2025, 6, 1);

    // m: nex makes 40% of the world, 32 points in China (plant nex-cn) and 8 in ROW (plant nex-row); others make 60%.
    private static DatasetBuilder Builder() => new DatasetBuilder()
        .Produced("m", ("CHN", 32), ("ROW", 68))
        .Firm("nex", "NLD").Plant("nex-cn", "nex", "m", "CHN", 32).Plant("nex-row", "nex", "m", "ROW", 8)
        .Product("p").Recipe("p", "m")
        .Measure("stop-nex-cn", ["m"], m => m with { FirmTargets = ["nex"] });

    private static double MadeInRisk(Dataset d) => new ExposureAnalysis(d, Blockade.AsOf(d, Day)).AnalyseMadeIn("p", "USA").OutputAtRisk;

    [Fact]
    public void Pooled_parts_lose_the_firms_china_share_of_the_market()
    {
        Assert.Equal(0.32, MadeInRisk(Builder().Build()), 9);
    }

    [Fact]
    public void Qualified_parts_limit_the_maker_to_what_the_firm_still_ships()
    {
        // The qualified 40% comes from nex alone, which loses its China plants (80% of it): 20% of those parts arrive.
        var d = Builder().Qualified("p", "m", "nex", 40).Build();

        var result = new ExposureAnalysis(d, Blockade.AsOf(d, Day)).AnalyseMadeIn("p", "USA");

        Assert.Equal(0.80, result.OutputAtRisk, 9);
        Assert.Equal(0.32, result.Inputs.Single().ShareBlocked, 9);
        Assert.Equal(0.20, result.Inputs.Single().Available, 9);
    }

    [Fact]
    public void A_rule_for_another_country_leaves_the_maker_pooled()
    {
        var d = Builder().Qualified("p", "m", "nex", 40, "JPN").Build();

        Assert.Equal(0.32, MadeInRisk(d), 9);
    }

    [Fact]
    public void A_cut_of_the_other_suppliers_binds_the_rest_instead()
    {
        // China cuts everything, and nex's only plant is outside China: its qualified parts arrive whole, while the rest of the
        // mix (the other makers) loses China's 32 of its 60 points, so the rest is what binds.
        var d = new DatasetBuilder()
            .Produced("m", ("CHN", 32), ("DEU", 20), ("ROW", 48))
            .Firm("nex", "NLD").Plant("nex-row", "nex", "m", "ROW", 40)
            .Product("p").Recipe("p", "m")
            .Qualified("p", "m", "nex", 40)
            .Build();

        var risk = new ExposureAnalysis(d, Blockade.From("CHN", null, d)).AnalyseMadeIn("p", "USA").OutputAtRisk;

        // Qualified part: nex's only plant is outside China, whole. The rest: CHN 32 of the 60 non-nex points is cut.
        Assert.Equal(32.0 / 60.0, risk, 9);
    }
}
