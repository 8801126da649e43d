using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

/// <summary>
/// Issue 20 §3: the exposure tier tree adds up — it is read off the recursion that gives the figure, plants of plants.csv
/// count as producers there as they do in the figure, and the limiting path is marked where the analysis finds it.
/// </summary>
public sealed class ExposureTreeTests
{
    private static readonly DateOnly Day = new(2025, 6, 1);

    // p (made in USA) ← c (DEU 50, JPN 50) ← m (CHN 40 of which plant acme-cn 10, DEU 60; acme banned),
    //                                      ← g (CHN 70 banned, JPN 30), ← x (not essential; CHN 100).
    private static Dataset Data() => new DatasetBuilder()
        .Produced("m", ("CHN", 40), ("DEU", 60)).Firm("acme", "NLD").Plant("acme-cn", "acme", "m", "CHN", 10)
        .Produced("g", ("CHN", 70), ("JPN", 30)).Produced("x", ("CHN", 100))
        .Produced("c", ("DEU", 50), ("JPN", 50)).Recipe("c", "m").Recipe("c", "g").Recipe("c", "x", essential: false)
        .Product("p").Recipe("p", "c")
        .Measure("ban-acme", ["m"], m => m with { FirmTargets = ["acme"] }).Measure("ban-g", ["g"])
        .Build();

    private static double Sum(TierItem node) => node.Suppliers.Sum(s => s.Delivered) + node.Others.Delivered;

    [Fact]
    public void Every_item_node_is_the_sum_of_what_its_producers_deliver_and_the_root_is_the_figure()
    {
        var d = Data();
        var analysis = new ExposureAnalysis(d, Blockade.AsOf(d, Day));

        var root = analysis.Tree("c", "USA", madeIn: false).Delivered!;

        Assert.Equal(1 - analysis.Analyse("c", "USA").OutputAtRisk, root.Available, 9);
        Assert.Equal(0.30, root.Available, 9);
        Assert.Equal(root.Available, Sum(root), 9);
        foreach (var s in root.Suppliers)
            foreach (var i in s.Inputs.Where(i => i.Detail is not null))
                Assert.Equal(i.Available, Sum(i.Detail!), 9);
    }

    [Fact]
    public void A_made_in_root_holds_the_makers_at_their_scarcest_essential_input_as_the_table_does()
    {
        var d = Data();
        var analysis = new ExposureAnalysis(d, Blockade.AsOf(d, Day));
        var result = analysis.AnalyseMadeIn("p", "USA");

        var makers = analysis.Tree("p", "USA", madeIn: true).Makers!;

        Assert.Equal(1 - result.OutputAtRisk, makers.MakersAvailable, 9);
        var c = Assert.Single(makers.Inputs);
        Assert.Equal(result.Inputs.Single().Available, c.Available, 9);
        Assert.True(c.Binding);
        Assert.Equal(makers.MakersAvailable, c.Available, 9);
    }

    [Fact]
    public void A_banned_plant_appears_as_its_own_producer_with_its_share_of_the_country_row()
    {
        var d = Data();
        var analysis = new ExposureAnalysis(d, Blockade.AsOf(d, Day));

        var deu = analysis.Tree("c", "USA", madeIn: false).Delivered!.Suppliers.Single(s => s.Producer == "DEU");
        var m = deu.Inputs.Single(i => i.Item == "m").Detail!;

        var plant = Assert.Single(m.Suppliers);
        Assert.Equal(("acme-cn", "CHN"), (plant.Producer, plant.Country));
        Assert.Equal(0.10, plant.Fraction, 9);
        Assert.Equal(0.0, plant.Pass, 9);
        Assert.Equal(0.90, m.Available, 9);
        Assert.Equal(0.90, m.Others.Fraction, 9); // the rest of CHN and DEU lose nothing: counted, not listed
    }

    [Fact]
    public void The_limiting_path_is_marked_through_the_binding_input_and_a_non_essential_input_is_never_opened()
    {
        var d = Data();
        var analysis = new ExposureAnalysis(d, Blockade.AsOf(d, Day));

        var tree = analysis.Tree("p", "USA", madeIn: true);

        Assert.Equal(["p", "c", "g"], tree.LimitingPath);
        var c = tree.Makers!.Inputs.Single();
        Assert.True(c.Limiting);
        var worst = c.Detail!.Suppliers.Single(s => s.Limiting);
        var g = worst.Inputs.Single(i => i.Item == "g");
        Assert.True(g.Limiting && g.Binding);
        Assert.Equal(0.0, g.Detail!.Suppliers.Single(s => s.Producer == "CHN").Pass, 9);
        var x = worst.Inputs.Single(i => i.Item == "x");
        Assert.False(x.Essential || x.Binding || x.Limiting);
        Assert.Null(x.Detail);
    }

    [Fact]
    public void A_small_node_budget_cuts_the_tree_and_says_so()
    {
        var d = Data();
        var analysis = new ExposureAnalysis(d, Blockade.AsOf(d, Day));

        Assert.True(analysis.Tree("p", "USA", madeIn: true, maxNodes: 2).Cut);
        Assert.False(analysis.Tree("p", "USA", madeIn: true).Cut);
    }
}
