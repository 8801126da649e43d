using Chokepoint.Model;

namespace Chokepoint.Data.Tests;

/// <summary>The embedded default dataset loads without errors and keeps its invariants.</summary>
public sealed class DefaultDatasetTests
{
    private static readonly Lazy<LoadResult> Loaded = new(DatasetLoader.LoadDefault);

    private static Dataset Data => Loaded.Value.Dataset ?? throw new InvalidOperationException(Expect.Dump(Loaded.Value));

    [Fact]
    public void The_default_dataset_has_no_errors()
    {
        Assert.False(Loaded.Value.HasErrors, Expect.Dump(Loaded.Value));
    }

    /// <summary>Regression: five sources (a duplicate, a stale method's base, three disagreeing figures) were cited by no row.</summary>
    [Fact]
    public void Every_listed_source_is_cited_by_a_row()
    {
        var uncited = Loaded.Value.Diagnostics.Where(d => d.Message.Contains("is not cited", StringComparison.Ordinal))
            .Select(d => d.ToString()).ToList();

        Assert.Empty(uncited);
    }

    [Theory]
    [InlineData("rare-earth-ore")]
    [InlineData("ndpr-oxide")]
    [InlineData("dysprosium-oxide")]
    [InlineData("terbium-oxide")]
    [InlineData("ndfeb-magnet-dy")]
    [InlineData("ndfeb-magnet-light")]
    [InlineData("yttrium-oxide")]
    [InlineData("samarium-metal")]
    [InlineData("gadolinium-oxide")]
    [InlineData("holmium-oxide")]
    [InlineData("lithium-ore")]
    [InlineData("lithium-carbonate")]
    [InlineData("lithium-hydroxide")]
    [InlineData("cobalt-ore")]
    [InlineData("refined-cobalt")]
    [InlineData("nickel-ore")]
    [InlineData("refined-nickel")]
    [InlineData("natural-flake-graphite")]
    [InlineData("high-purity-synthetic-graphite")]
    [InlineData("spherical-graphite")]
    [InlineData("artificial-graphite-anode")]
    [InlineData("anode-material")]
    [InlineData("ncm-precursor")]
    [InlineData("ncm-cathode")]
    [InlineData("lfp-cathode")]
    [InlineData("lfp-cathode-high-density")]
    [InlineData("li-ion-cell")]
    [InlineData("li-ion-cell-high-energy")]
    [InlineData("tellurium")]
    [InlineData("bismuth")]
    [InlineData("molybdenum")]
    [InlineData("indium")]
    [InlineData("silver")]
    [InlineData("electric-car")]
    [InlineData("wind-turbine")]
    [InlineData("fighter-jet")]
    [InlineData("gallium")]
    [InlineData("germanium")]
    [InlineData("mature-node-chip")]
    [InlineData("antimony")]
    [InlineData("tungsten")]
    [InlineData("api-paracetamol")]
    [InlineData("api-ibuprofen")]
    [InlineData("api-amoxicillin")]
    public void A_required_item_exists(string id)
    {
        Assert.Contains(id, Data.Items.Keys);
    }

    [Fact]
    public void Every_production_row_cites_a_listed_source()
    {
        var missing = Data.Tables.Production.Where(p => !Data.Sources.ContainsKey(p.Source))
            .Select(p => $"{p.Origin}: {p.Source}").ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_non_product_item_latest_year_sums_to_100_within_half_a_point()
    {
        var off = new List<string>();
        foreach (var (item, year) in Data.LatestYear)
        {
            if (Data.Items[item].Kind == ItemKind.Product) continue;
            var sum = Data.SharesOf(item, year).Sum(p => p.SharePct);
            if (Math.Abs(sum - 100) > 0.5) off.Add($"{item} {year}: {sum:0.##}");
        }

        Assert.Empty(off);
    }

    [Fact]
    public void Every_measure_item_resolves()
    {
        var unknown = Data.Tables.Controls.SelectMany(m => m.Items.Where(i => !Data.Items.ContainsKey(i)).Select(i => $"{m.Id}: {i}")).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Gallium_is_98_to_100_percent_chinese()
    {
        var chn = Assert.Single(Data.SharesOf("gallium"), s => s.Country == "CHN");

        Assert.InRange(chn.SharePct, 98, 100);
    }

    // IEA Critical Minerals Data Explorer 2025 (2024 base year), refining shares as in the shared reference table.
    [Theory]
    [InlineData("ndpr-oxide", "CHN", 91.3)]
    [InlineData("ndpr-oxide", "MYS", 4.5)]
    [InlineData("lithium-carbonate", "CHN", 70.2)]
    [InlineData("lithium-carbonate", "CHL", 20.4)]
    [InlineData("refined-cobalt", "CHN", 78.4)]
    [InlineData("refined-nickel", "IDN", 41.5)]
    [InlineData("refined-nickel", "CHN", 30.3)]
    [InlineData("spherical-graphite", "CHN", 95.7)]
    public void Iea_covered_refining_shares_match_the_iea_2024_figures_within_one_point(string item, string country, double ieaPct)
    {
        var row = Assert.Single(Data.SharesOf(item), s => s.Country == country);

        Assert.Equal(2024, row.Year);
        Assert.InRange(row.SharePct, ieaPct - 1, ieaPct + 1);
    }
}
