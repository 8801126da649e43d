using Chokepoint.Analysis.Controls;
using Chokepoint.Data;
using Chokepoint.Model;

namespace Chokepoint.Analysis.Tests;

/// <summary>The default registry names the grades the measures name, not whole items (issue 9 §1).</summary>
public sealed class DefaultRegistryGrainTests
{
    private static readonly Lazy<Dataset> Data = new(() => DatasetLoader.LoadDefault().Dataset
        ?? throw new InvalidOperationException("default dataset has errors"));

    private static IReadOnlyList<MeasureOnDate> Chinese(string item, string date) =>
        ControlQuery.Run(Data.Value, new ControlFilter
        {
            AsOf = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Issuer = "CHN", Item = item,
        });

    [Fact]
    public void Light_rare_earth_oxide_is_on_no_chinese_list_after_the_october_2025_package()
    {
        Assert.Empty(Chinese("ndpr-oxide", "2025-10-20"));
    }

    [Fact]
    public void Artificial_graphite_anode_is_not_covered_by_the_2023_graphite_controls()
    {
        Assert.Empty(Chinese("artificial-graphite-anode", "2024-06-01"));
        Assert.Contains(Chinese("artificial-graphite-anode", "2025-10-20"), m => m.Measure.Id == "CHN-MOFCOM-2025-58");
    }

    [Theory]
    [InlineData("ndfeb-magnet-dy", true)]
    [InlineData("ndfeb-magnet-light", false)]
    [InlineData("yttrium-oxide", true)]
    [InlineData("gadolinium-oxide", true)]
    [InlineData("samarium-metal", true)]
    [InlineData("holmium-oxide", false)]
    public void April_2025_rare_earth_controls_cover_the_seven_elements_and_magnets_with_them(string item, bool covered)
    {
        var found = Chinese(item, "2025-06-01").Any(m => m.Measure.Id == "CHN-MOFCOM-2025-18");
        Assert.Equal(covered, found);
    }

    [Theory]
    [InlineData("li-ion-cell-high-energy", true)]
    [InlineData("li-ion-cell", false)]
    [InlineData("lfp-cathode-high-density", true)]
    [InlineData("lfp-cathode", false)]
    [InlineData("ncm-precursor", true)]
    [InlineData("ncm-cathode", false)]
    public void Battery_controls_of_october_2025_cover_only_the_listed_grades(string item, bool covered)
    {
        var found = Chinese(item, "2025-10-20").Any(m => m.Measure.Id == "CHN-MOFCOM-2025-58");
        Assert.Equal(covered, found);
    }
}
