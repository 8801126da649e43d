namespace Chokepoint.Data.Tests;

/// <summary>Issue 17: domestic-share rules of sourcing_rules.csv are read and checked against production.csv.</summary>
public sealed class DomesticShareRuleTests : IDisposable
{
    private const string Rules = "sourcing_rules.csv";
    private const string Header = "id,kind,country,holder,items,origin,from,source,share_pct";
    private readonly DatasetFolder _data = new();

    [Fact]
    public void A_domestic_share_for_a_country_that_makes_the_item_is_read_with_its_share()
    {
        _data.Write(Rules, $"{Header}\ncn-m,domestic-share,CHN,*,m,,,test,75\n");

        var result = _data.Load();

        Expect.Clean(result);
        Assert.Equal(75, result.Dataset!.DomesticShareOf("m", "CHN")!.SharePct!.Value, 9);
        Assert.Null(result.Dataset.DomesticShareOf("m", "AUS"));
    }

    [Fact]
    public void A_domestic_share_where_the_item_is_not_made_is_an_error()
    {
        _data.Write(Rules, $"{Header}\nus-m,domestic-share,USA,*,m,,,test,60\n");

        var d = Expect.Error(_data.Load(), _data.PathOf(Rules), 2, 3);

        Expect.Names(d, "USA has no production.csv row for 'm'", "needs makers there");
    }

    [Fact]
    public void A_domestic_share_without_its_share_or_for_one_holder_is_an_error()
    {
        _data.Write(Rules, $"{Header}\ncn-m,domestic-share,CHN,*,m,,,test,\nau-m,domestic-share,AUS,p,m,,,test,50\n");

        var result = _data.Load();

        Expect.Names(Expect.Error(result, _data.PathOf(Rules), 2, 9), "empty required field 'share_pct'");
        Expect.Names(Expect.Error(result, _data.PathOf(Rules), 3, 4), "covers every buyer in the country", "expected '*'");
    }

    [Fact]
    public void A_share_on_a_bar_and_two_rules_for_one_item_and_country_are_errors()
    {
        _data.Write(Rules, $"{Header}\nbar,bar,AUS,p,m,CHN,,test,40\na,domestic-share,CHN,*,m,,,test,70\nb,domestic-share,CHN,*,m,,,test,80\n");

        var result = _data.Load();

        Expect.Names(Expect.Error(result, _data.PathOf(Rules), 2, 9), "belongs to domestic-share and qualified rules only");
        Expect.Names(Expect.Error(result, _data.PathOf(Rules), 4, 5), "a second domestic-share rule for 'm' in CHN", "first: 'a'");
    }

    [Fact]
    public void A_domestic_share_from_an_origin_serves_the_share_from_the_origins_makers()
    {
        _data.Write(Rules, $"{Header}\nus-from-au,domestic-share,USA,*,m,AUS,,test,90\n");

        var result = _data.Load();

        Expect.Clean(result);
        Assert.Equal("AUS", result.Dataset!.DomesticShareOf("m", "USA")!.Makers);
    }

    [Fact]
    public void A_domestic_share_from_an_origin_without_makers_there_is_an_error()
    {
        _data.Write(Rules, $"{Header}\ncn-from-us,domestic-share,CHN,*,m,USA,,test,90\n");

        var d = Expect.Error(_data.Load(), _data.PathOf(Rules), 2, 6);

        Expect.Names(d, "USA has no production.csv row for 'm'");
    }

    public void Dispose() => _data.Dispose();
}
