namespace Chokepoint.Data.Tests;

/// <summary>Ids that must resolve across files, and sources that must be cited.</summary>
public sealed class ReferenceTests : IDisposable
{
    private readonly DatasetFolder _data = new();

    [Fact]
    public void An_unknown_item_id_is_an_error_naming_the_id_and_where_ids_come_from()
    {
        _data.Append("production.csv", "q,CHN,2024,50,test,high,,");

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf("production.csv"), 5, 1);
        Expect.Names(d, "unknown item 'q'", "expected an id from items.csv");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void An_unknown_country_is_an_error_naming_the_code()
    {
        _data.SetLine("production.csv", 3, "m,FRA,2024,40,test,high,,");

        var d = Expect.Error(_data.Load(), _data.PathOf("production.csv"), 3, 2);

        Expect.Names(d, "unknown country 'FRA'", "expected an ISO3 code listed in countries.csv");
    }

    [Fact]
    public void Rest_of_world_is_known_without_a_row_in_countries_csv()
    {
        _data.SetLine("production.csv", 3, "m,ROW,2024,40,test,high,,");

        var result = _data.Load();

        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("unknown country", StringComparison.Ordinal));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void An_unknown_source_reference_is_an_error_naming_the_id()
    {
        _data.SetLine("recipes.csv", 2, "p,m,1,true,usgs-2099");

        var d = Expect.Error(_data.Load(), _data.PathOf("recipes.csv"), 2, 5);

        Expect.Names(d, "unknown source 'usgs-2099'", "expected an id from sources.csv");
    }

    [Fact]
    public void An_unknown_item_in_a_measure_is_an_error_on_the_measure()
    {
        _data.SetLine("controls.yaml", 7, "  items: [m, unobtainium]");

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf("controls.yaml"), 1);
        Expect.Names(d, "unknown item 'unobtainium' in 'items'", "expected an id from items.csv");
    }

    [Fact]
    public void An_unknown_destination_in_a_measure_is_an_error()
    {
        _data.SetLine("controls.yaml", 8, "  destinations: [USA, XXX]");

        var d = Expect.Error(_data.Load(), _data.PathOf("controls.yaml"), 1);

        Expect.Names(d, "unknown country 'XXX' in 'destinations'");
    }

    [Fact]
    public void A_source_that_nothing_cites_is_a_warning_not_an_error()
    {
        _data.Append("sources.csv", "orphan,An uncited report,Nobody,2024-05-01,");

        var result = _data.Load();

        var d = Expect.Warning(result, _data.PathOf("sources.csv"), 3, 1);
        Expect.Names(d, "source 'orphan' is not cited");
        Assert.False(result.HasErrors);
        Assert.NotNull(result.Dataset);
    }

    [Fact]
    public void A_source_cited_only_by_a_measure_is_cited()
    {
        _data.Append("sources.csv", "decree,A decree,MOFCOM,,")
            .SetLine("controls.yaml", 9, "  sources: [test, decree]");

        Expect.Clean(_data.Load());
    }

    public void Dispose() => _data.Dispose();
}
