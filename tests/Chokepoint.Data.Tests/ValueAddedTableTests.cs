namespace Chokepoint.Data.Tests;

/// <summary>value_added.csv and mrio_sectors.csv (issue 19 §2–3) are read and validated like every other table.</summary>
public sealed class ValueAddedTableTests : IDisposable
{
    private const string Header = "item,country,va_share_pct,output_per_usd,bound,year,source,note\n";
    private const string MapHeader = "item,sector,classification,source,note\n";
    private readonly DatasetFolder _data = new();

    [Fact]
    public void A_share_with_an_output_multiplier_and_a_star_country_is_read()
    {
        _data.Write("value_added.csv", Header + "m,*,40,2.5,upper,2024,test,a note\nm,USA,20,,lower,2024,test,\n");

        var result = _data.Load();

        Expect.Clean(result);
        var rows = result.Dataset!.Tables.ValueAdded;
        Assert.Equal(2, rows.Count);
        Assert.Equal(1.0, rows[0].PerUsd, 12);
        Assert.Null(rows[1].OutputPerUsd);
        Assert.Equal("lower", rows[1].Bound);
    }

    [Fact]
    public void A_share_above_100_and_an_unknown_bound_are_errors_on_their_columns()
    {
        _data.Write("value_added.csv", Header + "m,USA,120,,none,2024,test,\nm,DEU,20,,maybe,2024,test,\n");

        var result = _data.Load();

        Expect.Names(Expect.Error(result, _data.PathOf("value_added.csv"), 2, 3), "120");
        Expect.Names(Expect.Error(result, _data.PathOf("value_added.csv"), 3, 5), "maybe", "lower", "upper");
    }

    [Fact]
    public void Unknown_items_countries_and_sources_are_errors_naming_the_value()
    {
        _data.Write("value_added.csv", Header + "no-such,ZZZ,20,,none,2024,no-source,\n");

        var result = _data.Load();

        Expect.Names(Expect.Error(result, _data.PathOf("value_added.csv"), 2, 1), "no-such");
        Expect.Names(Expect.Error(result, _data.PathOf("value_added.csv"), 2, 2), "ZZZ");
        Expect.Names(Expect.Error(result, _data.PathOf("value_added.csv"), 2, 7), "no-source");
    }

    [Fact]
    public void A_sector_mapping_names_its_item_and_source_and_a_duplicate_item_is_an_error()
    {
        _data.Write("mrio_sectors.csv", MapHeader + "m,D29,OECD ICIO 2021,test,\nm,D30,OECD ICIO 2021,test,\nno-such,D26,OECD ICIO 2021,test,\n");

        var result = _data.Load();

        Expect.Names(Expect.Error(result, _data.PathOf("mrio_sectors.csv"), 3, 1), "duplicate", "'m'");
        Expect.Names(Expect.Error(result, _data.PathOf("mrio_sectors.csv"), 4, 1), "no-such");
    }

    [Fact]
    public void The_shipped_tables_cite_known_sources_and_cover_the_demanded_products()
    {
        var loaded = DatasetLoader.LoadDefault();
        Assert.True(loaded.Dataset is not null, Expect.Dump(loaded));
        var dataset = loaded.Dataset!;
        var sources = dataset.Tables.Sources.Select(s => s.Id).ToHashSet();
        Assert.All(dataset.Tables.ValueAdded, v => Assert.Contains(v.Source, sources));
        var mapped = dataset.Tables.MrioSectors.Select(m => m.Item).ToHashSet();
        Assert.All(dataset.Tables.Demand.Select(d => d.Product).Distinct(), p => Assert.Contains(p, mapped));
    }

    public void Dispose() => _data.Dispose();
}
