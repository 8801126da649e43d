using Chokepoint.Data;
using Chokepoint.Data.Sources;
using Chokepoint.Testing;

namespace Chokepoint.Data.Tests;

public sealed class LayeringTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void Overlay_rows_with_the_same_key_replace_and_new_rows_add()
    {
        var baseDir = _dir.Sub("base");
        var overlay = _dir.Sub("overlay");
        new DatasetBuilder().Produced("m", ("CHN", 60), ("AUS", 40)).Product("p").Recipe("p", "m").WriteTo(baseDir);
        new DatasetBuilder().Produced("m", ("CHN", 20)).Product("q").Recipe("q", "m").WriteTo(overlay);

        var result = DatasetLoader.Load(new DirectoryDataSource(baseDir), new DirectoryDataSource(overlay));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var shares = result.Dataset!.SharesOf("m");
        Assert.Equal(20, shares.Single(s => s.Country == "CHN").SharePct);
        Assert.Equal(40, shares.Single(s => s.Country == "AUS").SharePct);
        Assert.Contains("q", result.Dataset.Items.Keys);
        Assert.Contains("p", result.Dataset.Items.Keys);
    }

    public void Dispose() => _dir.Dispose();
}
