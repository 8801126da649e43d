using Chokepoint.Analysis.Lookup;
using Chokepoint.Testing;

namespace Chokepoint.Analysis.Tests;

/// <summary>Issue 13 §4: what users type for an item resolves through the dataset's ids and names.</summary>
public sealed class ItemResolverTests
{
    [Fact]
    public void Case_and_spaces_do_not_matter()
    {
        var d = new DatasetBuilder().Produced("rare-earth-oxide", ("CHN", 100)).Build();

        Assert.Equal("rare-earth-oxide", ItemResolver.Resolve(d, "Rare Earth Oxide").Item?.Id);
    }

    [Fact]
    public void A_common_name_follows_the_registry_when_it_splits_an_item()
    {
        var one = new DatasetBuilder().Produced("ndfeb-magnet", ("CHN", 100)).Build();
        var split = new DatasetBuilder().Produced("ndfeb-magnet-dy", ("CHN", 100)).Produced("ndfeb-magnet-light", ("CHN", 100)).Build();

        Assert.Equal("ndfeb-magnet", ItemResolver.Resolve(one, "NdFeB").Item?.Id);
        var ambiguous = ItemResolver.Resolve(split, "NdFeB");
        Assert.True(ambiguous.Ambiguous);
        Assert.Equal(["ndfeb-magnet-dy", "ndfeb-magnet-light"], ambiguous.Candidates);
    }

    [Fact]
    public void An_unknown_name_comes_back_with_the_nearest_ids()
    {
        var d = new DatasetBuilder().Produced("gallium", ("CHN", 100)).Produced("germanium", ("CHN", 100)).Build();

        var match = ItemResolver.Resolve(d, "galium");

        Assert.Null(match.Item);
        Assert.Equal("gallium", match.Candidates[0]);
    }
}
