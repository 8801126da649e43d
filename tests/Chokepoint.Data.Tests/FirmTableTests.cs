namespace Chokepoint.Data.Tests;

/// <summary>Issue 17 §1: firms.csv and plants.csv are validated against production.csv (a plant refines its country, never doubles it).</summary>
public sealed class FirmTableTests : IDisposable
{
    private const string Firms = "firms.csv";
    private const string Plants = "plants.csv";
    private const string Header = "plant,firm,item,country,year,share_pct,source,confidence";
    private readonly DatasetFolder _data = new();

    public FirmTableTests() => _data.Write(Firms, "id,name,country,parent,source\nacme,Acme,AUS,,test\n");

    [Fact]
    public void Plants_within_their_countrys_share_are_valid()
    {
        _data.Write(Plants, $"{Header}\nacme-cn,acme,m,CHN,2024,35,test,high\nacme-cn2,acme,m,CHN,2024,25,test,high\n");

        var result = _data.Load();

        Expect.Clean(result);
        Assert.Equal(60, result.Dataset!.ProducersOf("m").Where(p => result.Dataset.LocationOf(p.Country) == "CHN").Sum(p => p.SharePct), 9);
    }

    [Fact]
    public void Plants_adding_up_past_their_countrys_share_are_an_error()
    {
        _data.Write(Plants, $"{Header}\nacme-cn,acme,m,CHN,2024,35,test,high\nacme-cn2,acme,m,CHN,2024,30,test,high\n");

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf(Plants), 2, 6);
        Expect.Names(d, "plants of 'm' in CHN in 2024 sum to 65%", "above the country's 60%", "never adds to it");
    }

    [Fact]
    public void A_plant_without_its_countrys_row_is_an_error()
    {
        _data.Write(Plants, $"{Header}\nacme-au,acme,m,USA,2024,5,test,high\n");

        var d = Expect.Error(_data.Load(), _data.PathOf(Plants), 2, 4);

        Expect.Names(d, "no USA row", "refines");
    }

    [Fact]
    public void A_plant_of_an_unknown_firm_and_a_firm_with_an_unknown_parent_are_errors()
    {
        _data.Write(Firms, "id,name,country,parent,source\nacme,Acme,AUS,ghost,test\n");
        _data.Write(Plants, $"{Header}\nx-cn,nobody,m,CHN,2024,5,test,high\n");

        var result = _data.Load();

        Expect.Names(Expect.Error(result, _data.PathOf(Plants), 2, 2), "unknown firm 'nobody'");
        Expect.Names(Expect.Error(result, _data.PathOf(Firms), 2, 0), "unknown parent 'ghost'");
    }

    public void Dispose() => _data.Dispose();
}
