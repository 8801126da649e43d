using Chokepoint.Analysis.Exposure;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

/// <summary>Issue 17: a domestic-share rule puts its share on the buyer's own makers (plants included) and the rest on its imports.</summary>
public sealed class DomesticShareMixTests
{
    // m: CHN 40% (plant "acme-cn" 10% of the world), DEU 40% (plant "vac-de" 10%), USA 20%. p made in the USA from m.
    private static DatasetBuilder Builder() => new DatasetBuilder()
        .Produced("m", ("CHN", 40), ("DEU", 40), ("USA", 20))
        .Firm("acme", "NLD").Plant("acme-cn", "acme", "m", "CHN", 10).Plant("vac-de", "acme", "m", "DEU", 10)
        .Product("p").Recipe("p", "m");

    [Fact]
    public void Own_makers_take_the_domestic_share_and_the_world_mix_without_the_buyer_the_rest()
    {
        // Germany buys 25% from its makers (vac-de a quarter of them), 75% from CHN and USA in proportion 40:20.
        var d = Builder().DomesticShare("DEU", "m", 25).Build();

        var mix = SourcingMix.Of(d, "m", "DEU").ToDictionary(s => s.Country, s => s.Fraction);

        Assert.Equal(0.25 * 0.25, mix["vac-de"], 9);
        Assert.Equal(0.25 * 0.75, mix["DEU"], 9);
        Assert.Equal(0.75 * 40 / 60 * 0.25, mix["acme-cn"], 9);
        Assert.Equal(0.75 * 40 / 60 * 0.75, mix["CHN"], 9);
        Assert.Equal(0.75 * 20 / 60, mix["USA"], 9);
        Assert.Equal(1.0, mix.Values.Sum(), 9);
    }

    [Fact]
    public void A_plant_buyer_uses_its_countrys_rule_and_other_countries_stay_on_the_world_mix()
    {
        var d = Builder().DomesticShare("DEU", "m", 25).Build();

        Assert.Equal(0.25, SourcingMix.Of(d, "m", "vac-de").Where(s => d.LocationOf(s.Country) == "DEU").Sum(s => s.Fraction), 9);
        Assert.Equal(0.40, SourcingMix.Of(d, "m", "JPN").Where(s => d.LocationOf(s.Country) == "DEU").Sum(s => s.Fraction), 9);
    }

    [Fact]
    public void A_cut_off_of_an_importers_origin_costs_only_the_imported_part()
    {
        // The USA buys 80% from its own makers, 20% on the world mix without it (CHN half of that): a Chinese cut-off costs 10%.
        var d = new DatasetBuilder().Produced("m", ("AUS", 100)).Item("p", Model.ItemKind.Product)
            .Produced("p", ("USA", 50), ("CHN", 25), ("IND", 25)).Recipe("p", "m").DomesticShare("USA", "p", 80).Build();

        var risk = new ExposureAnalysis(d, Blockade.From("CHN", ["p"], d)).Analyse("p", "USA").OutputAtRisk;

        Assert.Equal(0.10, risk, 9);
    }
}
