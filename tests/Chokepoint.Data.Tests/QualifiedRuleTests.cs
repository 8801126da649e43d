namespace Chokepoint.Data.Tests;

/// <summary>Issue 17 §1: qualified-part rules of sourcing_rules.csv (parts bought from one firm's plants only) are read and checked.</summary>
public sealed class QualifiedRuleTests : IDisposable
{
    private const string Rules = "sourcing_rules.csv";
    private const string Header = "id,kind,country,holder,items,origin,from,source,share_pct";
    private readonly DatasetFolder _data = new();

    public QualifiedRuleTests()
    {
        _data.Write("firms.csv", "id,name,country,parent,source\nacme,Acme,CHN,,test\nother,Other,AUS,,test\n");
        _data.Write("plants.csv", "plant,firm,item,country,year,share_pct,source,confidence,name,quantity,quantity_unit\nacme-cn,acme,m,CHN,2024,30,test,low,Acme China,,\n");
    }

    [Fact]
    public void A_rule_for_every_country_is_read_with_its_share_and_firm()
    {
        _data.Write(Rules, $"{Header}\np-acme,qualified,*,p,m,acme,,test,40\n");

        var result = _data.Load();

        Expect.Clean(result);
        var rule = result.Dataset!.QualifiedOf("p", "m", "DEU")!;
        Assert.Equal(40, rule.SharePct!.Value, 9);
        Assert.Equal("acme", rule.OriginCountry);
    }

    [Fact]
    public void A_country_rule_wins_over_the_rule_for_every_country()
    {
        _data.Write(Rules, $"{Header}\nall,qualified,*,p,m,acme,,test,40\naus,qualified,AUS,p,m,acme,,test,90\n");

        var d = _data.Load().Dataset!;

        Assert.Equal(90, d.QualifiedOf("p", "m", "AUS")!.SharePct!.Value, 9);
        Assert.Equal(40, d.QualifiedOf("p", "m", "USA")!.SharePct!.Value, 9);
    }

    [Fact]
    public void An_unknown_firm_a_firm_without_plants_and_an_input_outside_the_recipe_are_errors()
    {
        _data.Write(Rules, $"{Header}\na,qualified,*,p,m,acme-corp,,test,40\nb,qualified,*,p,m,other,,test,40\nc,qualified,*,m,p,acme,,test,40\n");

        var result = _data.Load();

        Expect.Names(Expect.Error(result, _data.PathOf(Rules), 2, 6), "unknown firm 'acme-corp'", "expected an id from firms.csv");
        Expect.Names(Expect.Error(result, _data.PathOf(Rules), 3, 6), "firm 'other' has no plant of 'm'");
        Expect.Names(Expect.Error(result, _data.PathOf(Rules), 4, 5), "'m' has no recipe line taking 'p'");
    }

    [Fact]
    public void A_holder_star_a_zero_share_and_a_missing_firm_are_errors()
    {
        _data.Write(Rules, $"{Header}\na,qualified,*,*,m,acme,,test,40\nb,qualified,*,p,m,acme,,test,0\nc,qualified,*,p,m,,,test,40\n");

        var result = _data.Load();

        Expect.Names(Expect.Error(result, _data.PathOf(Rules), 2, 4), "covers the makers of one item", "not '*'");
        Expect.Names(Expect.Error(result, _data.PathOf(Rules), 3, 9), "qualifies nothing");
        Expect.Names(Expect.Error(result, _data.PathOf(Rules), 4, 6), "needs the firm its parts are qualified from");
    }

    [Fact]
    public void Several_sources_are_read_and_each_must_exist()
    {
        _data.Write(Rules, $"{Header}\na,qualified,*,p,m,acme,,test;nowhere,40\n");

        var d = Expect.Error(_data.Load(), _data.PathOf(Rules), 2, 8);

        Expect.Names(d, "unknown source 'nowhere'");
    }

    public void Dispose() => _data.Dispose();
}
