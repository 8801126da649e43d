using Chokepoint.Analysis.Concentration;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

public sealed class ChokepointRankingTests
{
    [Fact]
    public void Ranking_orders_items_by_damage_alone_and_reports_dependence_and_control()
    {
        var d = new DatasetBuilder()
            .Produced("magnet", ("CHN", 90), ("JPN", 10))
            .Produced("oxide", ("CHN", 90), ("MYS", 10))
            .Produced("steel", ("CHN", 50), ("USA", 50))
            .Product("p").Recipe("p", "magnet").Recipe("magnet", "oxide").Recipe("p", "steel", essential: false)
            .Measure("ox", ["oxide"]).Build();
        var rows = ChokepointRanking.Rank(d, "CHN", ["USA"], new DateOnly(2025, 6, 1));
        // Blocking magnet alone: 90% of magnets gone. Blocking oxide alone: Chinese magnet makers use
        // domestic oxide, only the Japanese 10% lose 90% of their oxide: 0.1 × 0.9 = 0.09.
        Assert.Equal(["magnet", "oxide", "steel"], rows.Select(r => r.Item));
        Assert.Equal(0.9, rows[0].OutputAtRiskMax, 9);
        Assert.Equal(0.09, rows[1].OutputAtRiskMax, 9);
        Assert.Equal(90, rows[0].DependencePct, 9);
        Assert.False(rows[0].Controlled);
        Assert.True(rows[1].Controlled);
        Assert.Empty(rows[2].ProductsAffected);
        Assert.Equal(90 * 90 + 10 * 10, rows[1].Hhi, 9);
    }

    [Fact]
    public void A_product_production_csv_says_the_target_does_not_make_is_left_out()
    {
        // q is made only in China; r by China and the rest of the world (which may hold US makers).
        var d = new DatasetBuilder()
            .Produced("magnet", ("CHN", 90), ("JPN", 10))
            .Product("q", "CHN").Recipe("q", "magnet")
            .Item("r", Model.ItemKind.Product).Produced("r", ("CHN", 50), ("ROW", 50)).Recipe("r", "magnet").Build();
        Assert.False(ConcentrationAnalysis.MayMake(d, "q", "USA"));
        Assert.True(ConcentrationAnalysis.MayMake(d, "r", "USA"));
        var row = Assert.Single(ChokepointRanking.Rank(d, "CHN", ["USA"], new DateOnly(2025, 6, 1)), x => x.Item == "magnet");
        Assert.DoesNotContain("q", row.ProductsAffected);
        Assert.Contains("r", row.ProductsAffected);
    }

    [Fact]
    public void Dependence_says_whether_it_rests_on_trade_or_on_a_world_share_and_marks_proxies()
    {
        var d = new DatasetBuilder()
            .Produced("api", ("CHN", 20), ("IND", 80)).Basis("api", "export-proxy")
            .Produced("magnet", ("CHN", 90), ("JPN", 10))
            .Product("p").Recipe("p", "api").Recipe("p", "magnet")
            .Trade("magnet", "CHN", "USA", 900).Trade("magnet", "JPN", "USA", 100).Build();
        var rows = ChokepointRanking.Rank(d, "CHN", ["USA"], new DateOnly(2025, 6, 1));
        var api = rows.Single(r => r.Item == "api");
        Assert.Equal("export-proxy", api.DependenceBasis);
        Assert.True(api.DependenceIsProxy);
        var magnet = rows.Single(r => r.Item == "magnet");
        Assert.Equal("trade", magnet.DependenceBasis);
        Assert.False(magnet.DependenceIsProxy);
    }

    [Fact]
    public void Hhi_ignores_rest_of_world_and_top3_sums_the_three_largest()
    {
        var d = new DatasetBuilder().Produced("m", ("CHN", 70), ("AUS", 10), ("CHL", 8), ("ARG", 2), ("ROW", 10)).Build();
        var c = ConcentrationAnalysis.Of(d, "m")!;
        Assert.Equal(4900 + 100 + 64 + 4, c.Hhi, 9);
        Assert.Equal(88, c.Top3Pct, 9);
    }
}
