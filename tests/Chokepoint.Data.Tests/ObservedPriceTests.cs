namespace Chokepoint.Data.Tests;

/// <summary>observed/prices.csv (issue 19 §1) is read and validated like every other table.</summary>
public sealed class ObservedPriceTests : IDisposable
{
    private const string Header = "month,item,market,place,grade,low,high,currency,per,usd_per_cny,source,note\n";
    private readonly DatasetFolder _data = new();

    private void Write(string row)
    {
        Directory.CreateDirectory(_data.PathOf("observed"));
        _data.Write("observed/prices.csv", Header + row + "\n");
    }

    [Fact]
    public void A_yuan_price_per_tonne_becomes_dollars_per_kg_at_its_rate()
    {
        Write("2025-05,m,inside,China (SMM),mainstream,1600000,1620000,CNY,t,0.14,test,");

        var result = _data.Load();

        Expect.Clean(result);
        var row = Assert.Single(result.Dataset!.Tables.ObservedPrices);
        Assert.Equal(new DateOnly(2025, 5, 1), row.Month);
        Assert.Equal(1_610_000 * 0.14 / 1000, row.UsdPerKg, 9);
    }

    [Fact]
    public void A_yuan_price_without_a_rate_is_an_error_on_the_rate_column()
    {
        Write("2025-05,m,inside,China,spot,1,2,CNY,kg,,test,");

        Expect.Names(Expect.Error(_data.Load(), _data.PathOf("observed/prices.csv"), 2, 10), "usd_per_cny");
    }

    [Fact]
    public void An_unknown_market_is_an_error_naming_the_expected_ones()
    {
        Write("2025-05,m,europe,Rotterdam,spot,1,2,USD,kg,,test,");

        Expect.Names(Expect.Error(_data.Load(), _data.PathOf("observed/prices.csv"), 2, 3), "europe", "inside", "outside");
    }

    [Fact]
    public void A_high_below_the_low_is_an_error_on_the_high_column()
    {
        Write("2025-05,m,outside,Rotterdam,spot,5,2,USD,kg,,test,");

        Expect.Names(Expect.Error(_data.Load(), _data.PathOf("observed/prices.csv"), 2, 7), "high");
    }

    [Fact]
    public void An_unknown_item_and_source_are_errors_on_their_columns()
    {
        Write("2025-05,no-such,outside,Rotterdam,spot,1,2,USD,kg,,no-source,");

        var result = _data.Load();

        Expect.Names(Expect.Error(result, _data.PathOf("observed/prices.csv"), 2, 2), "no-such");
        Expect.Names(Expect.Error(result, _data.PathOf("observed/prices.csv"), 2, 11), "no-source");
    }

    public void Dispose() => _data.Dispose();
}
