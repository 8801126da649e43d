using Chokepoint.Analysis.Exposure;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

/// <summary>Static exposure with alternative groups: a group counts as its best alternative after switching.</summary>
public sealed class AlternativeExposureTests
{
    [Fact]
    public void A_group_is_as_available_as_its_best_alternative()
    {
        var d = new DatasetBuilder()
            .Produced("m", ("CHN", 100)).Produced("a", ("CHN", 70), ("AUS", 30)).Produced("b", ("CHN", 40), ("JPN", 60))
            .Product("p").Recipe("p", "m").InUse("p", "m", "g").Alternative("p", "a", "g", 2, 30).Alternative("p", "b", "g", 1, 60)
            .Build();
        var analysis = new ExposureAnalysis(d, Blockade.From("CHN"));
        Assert.Equal(0.4, analysis.OutputAtRisk("p", "USA"), 9);
        var chosen = Assert.Single(analysis.Switches("p", "USA"));
        Assert.Equal("b", chosen.Chosen.Input);
        Assert.Equal(0.6, chosen.Available, 9);
    }

    [Fact]
    public void Without_a_shortage_nothing_switches_and_other_requirements_still_bind()
    {
        var d = new DatasetBuilder()
            .Produced("m", ("AUS", 100)).Produced("a", ("CHN", 100)).Produced("x", ("CHN", 50), ("JPN", 50))
            .Product("p").Recipe("p", "m").Recipe("p", "x").InUse("p", "m", "g").Alternative("p", "a", "g", 1, 30)
            .Build();
        var analysis = new ExposureAnalysis(d, Blockade.From("CHN"));
        Assert.Empty(analysis.Switches("p", "USA"));
        Assert.Equal(0.5, analysis.OutputAtRisk("p", "USA"), 9);
    }
}
