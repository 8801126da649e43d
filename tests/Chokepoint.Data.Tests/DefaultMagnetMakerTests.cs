using Chokepoint.Model;

namespace Chokepoint.Data.Tests;

/// <summary>
/// NdFeB magnet makers and heavy rare-earth separation outside China in the default dataset (issue 17): firms with
/// their parents, and dated nameplate capacity projects with the sources that give them.
/// </summary>
public sealed class DefaultMagnetMakerTests
{
    private static readonly Lazy<LoadResult> Loaded = new(DatasetLoader.LoadDefault);

    private static Dataset Data => Loaded.Value.Dataset ?? throw new InvalidOperationException(Expect.Dump(Loaded.Value));

    private static Expansion Project(string item, string project) =>
        Assert.Single(Data.Tables.Expansion, e => e.Item == item && e.Project == project);

    [Theory]
    [InlineData("shin-etsu-chemical", "JPN", null)]
    [InlineData("shin-etsu-magnetic-materials-vietnam", "VNM", "shin-etsu-chemical")]
    [InlineData("proterial", "JPN", null)]
    [InlineData("tdk", "JPN", null)]
    [InlineData("vacuumschmelze", "DEU", null)]
    [InlineData("evac-magnetics", "USA", "vacuumschmelze")]
    [InlineData("neo-performance-materials", "CAN", null)]
    [InlineData("mp-materials", "USA", null)]
    [InlineData("lynas-rare-earths", "AUS", null)]
    public void A_maker_outside_china_is_a_firm_with_its_country_and_parent(string id, string country, string? parent)
    {
        var firm = Data.Producers.Firms[id];

        Assert.Equal(country, firm.Country);
        Assert.Equal(parent, firm.Parent);
    }

    [Theory]
    [InlineData("ndfeb-magnet-dy", "shin-etsu-smmv-haiphong", "VNM", 2200.0, "2018-07-01", "operating", "shinetsu-smmv-2017")]
    [InlineData("ndfeb-magnet-light", "neo-narva", "EST", 2000.0, "2025-09-19", "operating", "neo-narva-2025")]
    [InlineData("dysprosium-oxide", "lynas-malaysia-hre-5000", "MYS", 250.0, "2027-10-01", "announced", "lynas-hre-facility-2025")]
    [InlineData("terbium-oxide", "lynas-malaysia-hre-5000", "MYS", 50.0, "2027-10-01", "announced", "lynas-hre-facility-2025")]
    public void A_plant_outside_china_carries_its_sourced_nameplate_capacity_and_date(string item, string project, string country, double tonnes, string online, string status, string source)
    {
        var p = Project(item, project);

        Assert.Equal(country, p.Country);
        Assert.Equal(tonnes, p.Capacity!.Value, 9);
        Assert.Equal("t", p.CapacityUnit);
        Assert.Equal(DateOnly.Parse(online, System.Globalization.CultureInfo.InvariantCulture), p.Online);
        Assert.Equal(status, p.Status);
        Assert.Equal(source, p.Source);
    }

    [Fact]
    public void Capacities_no_source_publishes_are_left_empty()
    {
        Assert.Null(Project("ndfeb-magnet-dy", "evac-sumter").Capacity);
        Assert.Null(Project("dysprosium-oxide", "lynas-malaysia-hre").Capacity);
        Assert.Null(Project("terbium-oxide", "lynas-malaysia-hre").Capacity);
    }

    [Fact]
    public void The_lynas_yields_behind_the_computed_capacity_are_kept_as_claims()
    {
        var dy = Assert.Single(Data.Tables.Claims, c => c is { Item: "dysprosium-oxide", Country: "MYS", Metric: "feed-yield" });
        var tb = Assert.Single(Data.Tables.Claims, c => c is { Item: "terbium-oxide", Country: "MYS", Metric: "feed-yield" });

        Assert.Equal(250.0, 5000 * dy.ValuePct / 100, 9);
        Assert.Equal(50.0, 5000 * tb.ValuePct / 100, 9);
    }
}
