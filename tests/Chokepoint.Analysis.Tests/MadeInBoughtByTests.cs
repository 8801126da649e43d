using Chokepoint.Analysis.Exposure;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

/// <summary>Issue 10 §4: "made in" (the makers located in a country, as the report measures) and "bought by" (what its buyers receive) are different numbers with different names.</summary>
public sealed class MadeInBoughtByTests
{
    [Fact]
    public void Makers_in_a_country_and_its_buyers_lose_different_shares_and_say_which()
    {
        // p made half in the USA, half in DEU; m half CHN, half AUS, but DEU buys m only from AUS. China cuts off:
        // US makers lose 50% (their m is half Chinese); DEU makers nothing; US buyers (world mix of p) 25%.
        var d = new DatasetBuilder()
            .Produced("m", ("CHN", 50), ("AUS", 50))
            .Item("p", Chokepoint.Model.ItemKind.Product).Produced("p", ("USA", 50), ("DEU", 50))
            .Recipe("p", "m")
            .Trade("m", "AUS", "DEU", 100)
            .Build();
        var analysis = new ExposureAnalysis(d, Blockade.From("CHN"));
        var madeIn = analysis.AnalyseMadeIn("p", "USA");
        var boughtBy = analysis.Analyse("p", "USA");
        Assert.Equal(0.5, madeIn.OutputAtRisk, 9);
        Assert.Equal("made_in", madeIn.Semantics);
        Assert.Equal(0.25, boughtBy.OutputAtRisk, 9);
        Assert.Equal("bought_by", boughtBy.Semantics);
        Assert.Equal(0.0, analysis.AnalyseMadeIn("p", "DEU").OutputAtRisk, 9);
        Assert.Equal(1 - analysis.ProducerAvailability("p", "USA"), madeIn.OutputAtRisk, 12);
    }
}
