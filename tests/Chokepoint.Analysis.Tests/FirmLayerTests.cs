using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

/// <summary>Issue 17 §1 and §3: plants refine their country's row, firm-targeted measures cut only the firm, bilateral sourcing beats the world mix.</summary>
public sealed class FirmLayerTests
{
    private static readonly DateOnly Day = new(2025, 6, 1);

    // m: CHN 40% (of which plant "acme-cn" 10%), DEU 60%. p made in USA from m.
    private static DatasetBuilder Builder() => new DatasetBuilder()
        .Produced("m", ("CHN", 40), ("DEU", 60))
        .Firm("acme", "NLD").Plant("acme-cn", "acme", "m", "CHN", 10)
        .Product("p").Recipe("p", "m");

    [Fact]
    public void A_plant_splits_its_country_row_and_the_producers_still_sum_to_the_country_shares()
    {
        var d = Builder().Build();

        var producers = d.ProducersOf("m").ToDictionary(p => p.Country, p => p.SharePct);

        Assert.Equal(10, producers["acme-cn"], 9);
        Assert.Equal(30, producers["CHN"], 9);
        Assert.Equal(60, producers["DEU"], 9);
        Assert.Equal(100, producers.Values.Sum(), 9);
        Assert.Equal(40, d.SharesOf("m").Single(s => s.Country == "CHN").SharePct, 9);
        Assert.Equal("CHN", d.LocationOf("acme-cn"));
    }

    [Fact]
    public void A_country_cutoff_reaches_the_plants_located_in_it()
    {
        var d = Builder().Build();

        var risk = new ExposureAnalysis(d, Blockade.From("CHN", null, d)).AnalyseMadeIn("p", "USA").OutputAtRisk;

        Assert.Equal(0.40, risk, 9);
    }

    [Fact]
    public void A_firm_targeted_ban_cuts_only_that_firms_plant()
    {
        var d = Builder().Measure("ban-acme", ["m"], m => m with { FirmTargets = ["acme"] }).Build();

        var analysis = new ExposureAnalysis(d, Blockade.AsOf(d, Day));

        Assert.Equal(0.10, analysis.AnalyseMadeIn("p", "USA").OutputAtRisk, 9);
        var blockade = Blockade.AsOf(d, Day);
        Assert.Equal(0.0, blockade.Pass("m", "acme-cn", "USA"), 9);
        Assert.Equal(1.0, blockade.Pass("m", "CHN", "USA"), 9);
        Assert.Equal(1.0, blockade.Pass("m", "DEU", "USA"), 9);
    }

    [Fact]
    public void A_measure_targeting_a_parent_firm_reaches_the_plants_of_its_subsidiaries()
    {
        var d = Builder().Firm("holding", "CHN").Measure("ban", ["m"], m => m with { FirmTargets = ["holding"] }).Build();
        var owned = new DatasetBuilder().Produced("m", ("CHN", 40), ("DEU", 60))
            .Firm("holding", "CHN").Firm("acme", "NLD", "holding").Plant("acme-cn", "acme", "m", "CHN", 10)
            .Measure("ban", ["m"], m => m with { FirmTargets = ["holding"] }).Build();

        Assert.Equal(1.0, Blockade.AsOf(d, Day).Pass("m", "acme-cn", "USA"), 9);
        Assert.Equal(0.0, Blockade.AsOf(owned, Day).Pass("m", "acme-cn", "USA"), 9);
    }

    [Fact]
    public void Bilateral_trade_rows_beat_the_world_mix_and_split_the_exporter_into_its_plants()
    {
        // The world mix would give CHN 40%; the USA's own imports are 20% Chinese, so a Chinese cut-off costs it 20%.
        var d = Builder().Trade("m", "CHN", "USA", 20).Trade("m", "DEU", "USA", 80).Build();

        var mix = SourcingMix.Of(d, "m", "USA").ToDictionary(s => s.Country, s => s.Fraction);
        var risk = new ExposureAnalysis(d, Blockade.From("CHN", null, d)).AnalyseMadeIn("p", "USA").OutputAtRisk;

        Assert.True(SourcingMix.FromTrade(d, "m", "USA"));
        Assert.False(SourcingMix.FromTrade(d, "m", "JPN"));
        Assert.Equal(0.20 * 0.25, mix["acme-cn"], 9);
        Assert.Equal(0.20 * 0.75, mix["CHN"], 9);
        Assert.Equal(0.80, mix["DEU"], 9);
        Assert.Equal(0.20, risk, 9);
        Assert.Equal(0.40, SourcingMix.Of(d, "m", "JPN").Where(s => d.LocationOf(s.Country) == "CHN").Sum(s => s.Fraction), 9);
    }
}
