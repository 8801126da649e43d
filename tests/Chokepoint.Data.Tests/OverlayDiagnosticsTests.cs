using Chokepoint.Data.Sources;

namespace Chokepoint.Data.Tests;

/// <summary>Problems in a --with overlay are attributed to the overlay's own files.</summary>
public sealed class OverlayDiagnosticsTests : IDisposable
{
    private readonly DatasetFolder _data = new();

    [Fact]
    public void An_unknown_item_in_an_overlay_is_reported_against_the_overlay_file()
    {
        var overlay = _data.Sibling("mine");
        File.WriteAllText(Path.Combine(overlay, "production.csv"), "item,country,year,share_pct,source,confidence\nq,CHN,2024,50,test,high\n");

        var result = _data.Load(overlay);

        var d = Expect.Error(result, Path.Combine(overlay, "production.csv"), 2, 1);
        Expect.Names(d, "unknown item 'q'");
        Assert.DoesNotContain(result.Diagnostics, x => x.File.StartsWith(_data.Dir, StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_overlay_row_is_reported_against_the_overlay_file()
    {
        var overlay = _data.Sibling("mine");
        File.WriteAllText(Path.Combine(overlay, "recipes.csv"), "output,input,quantity,essential,source\np,m,-1,true,test\n");

        var d = Expect.Error(_data.Load(overlay), Path.Combine(overlay, "recipes.csv"), 2, 3);

        Expect.Names(d, "-1 in 'quantity' is negative");
    }

    [Fact]
    public void An_overlay_that_pushes_a_base_item_past_100_is_reported_at_the_first_row_of_the_item_year()
    {
        var overlay = _data.Sibling("mine");
        File.WriteAllText(Path.Combine(overlay, "production.csv"), "item,country,year,share_pct,source,confidence\nm,USA,2024,30,test,high\n");

        var d = Expect.Error(_data.Load(overlay), _data.PathOf("production.csv"), 2, 4);

        Expect.Names(d, "shares of 'm' in 2024 sum to 130%");
    }

    [Fact]
    public void An_overlay_needs_no_files_and_none_are_required()
    {
        Expect.Clean(_data.Load(_data.Sibling("empty")));
    }

    [Fact]
    public void The_documented_overlay_example_loads_over_the_default_dataset()
    {
        // Mirrors the worked example in docs/dataset.md ("Bringing your own data").
        var overlay = _data.Sibling("acme");
        File.WriteAllText(Path.Combine(overlay, "sources.csv"),
            "id,title,publisher,date,url\nacme-bom-2025,E-bike bill of materials (internal),Acme Bikes,2025-06-30,\n");
        File.WriteAllText(Path.Combine(overlay, "items.csv"),
            "id,name,kind,unit,hs_codes,industry\nacme-e-bike,Acme e-bike,product,unit,871160,mobility\n");
        File.WriteAllText(Path.Combine(overlay, "production.csv"),
            "item,country,year,share_pct,source,confidence\nacme-e-bike,DEU,2025,100,acme-bom-2025,high\n");
        File.WriteAllText(Path.Combine(overlay, "recipes.csv"),
            "output,input,quantity,essential,source\nacme-e-bike,ndfeb-magnet-dy,0.35,true,acme-bom-2025\nacme-e-bike,li-ion-cell,0.5,true,acme-bom-2025\n");

        var result = DatasetLoader.Load(EmbeddedDataSource.Default, new DirectoryDataSource(overlay));

        Assert.False(result.HasErrors, Expect.Dump(result));
        Assert.Equal(2, result.Dataset!.InputsOf("acme-e-bike").Count);
    }

    public void Dispose() => _data.Dispose();
}
