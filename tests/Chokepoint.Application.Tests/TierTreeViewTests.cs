using Chokepoint.Application.Handlers;
using Chokepoint.Testing;

namespace Chokepoint.Application.Tests;

/// <summary>
/// Issue 20 §3, regression: the web tier tree showed 5.1%/1.0% beside a made-in table of 7.8%/1.5% (it read the bought-by
/// inputs and saw deeper tiers from the importer); it now comes from the answer's own analysis and says why the path limits.
/// </summary>
public sealed class TierTreeViewTests
{
    private static Session Session() => new(new DatasetBuilder()
        .Produced("m", ("CHN", 40), ("DEU", 60)).Firm("acme", "NLD").Plant("acme-cn", "acme", "m", "CHN", 10)
        .Produced("g", ("CHN", 70), ("JPN", 30))
        .Produced("c", ("DEU", 50), ("JPN", 50)).Recipe("c", "m").Recipe("c", "g")
        .Product("p", "DEU").Recipe("p", "c").Recipe("p", "g")
        .Measure("ban-acme", ["m"], m => m with { FirmTargets = ["acme"] }).Measure("ban-g", ["g"], m => m with { Destinations = ["JPN", "USA"] })
        .Build(), new DateOnly(2026, 1, 1));

    private static IEnumerable<TierLine> All(TierLine line) => new[] { line }.Concat(line.Children.SelectMany(All));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_tree_shows_the_tables_figures_for_the_same_question(bool madeIn)
    {
        var answer = ExposureHandler.Handle(Session(), new ExposureRequest("p", "USA", madeIn, AsOf: "2025-06-01"));

        var tree = TierTreeView.Of(answer);

        Assert.Contains($"{100 * (1 - answer.Result.OutputAtRisk):0.0}%", tree.Root.Figure, StringComparison.Ordinal);
        if (madeIn)
            foreach (var row in answer.Table.Rows)
                Assert.Contains(tree.Root.Children, l => l.Item == row[0] && l.Figure.StartsWith($"available {row[2]}", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reasons_follow_the_limiting_path_down_to_the_measure_that_stops_the_flow()
    {
        var answer = ExposureHandler.Handle(Session(), new ExposureRequest("p", "USA", false, AsOf: "2025-06-01"));

        var tree = TierTreeView.Of(answer);

        Assert.NotEmpty(tree.Why);
        Assert.Contains(tree.Why, w => w.Contains("scarcest essential input", StringComparison.Ordinal));
        Assert.Contains("lost where the measures stop flows (CHN passes 0.0%)", tree.Why[^1], StringComparison.Ordinal);
        Assert.All(All(tree.Root).Where(l => l.Why is not null), l => Assert.True(l.Limiting));
        Assert.Contains(All(tree.Root), l => l.Label == "acme-cn (plant in CHN)");
    }
}
