namespace Chokepoint.Data.Tests;

/// <summary>Issue 17: stocks.csv's optional days_of_cover_high (the top of the holders' spread of covers).</summary>
public sealed class StockSpreadColumnTests : IDisposable
{
    private const string Stocks = "stocks.csv";
    private const string Header = "item,country,days_of_cover,source,holder,refill_pct,days_of_cover_high";
    private readonly DatasetFolder _data = new();

    [Fact]
    public void A_spread_is_read_and_an_empty_high_means_one_cover()
    {
        _data.Write(Stocks, $"{Header}\nm,USA,14,test,p,,84\nm,AUS,30,test,*,20,\n");

        var result = _data.Load();

        Expect.Clean(result);
        var rows = result.Dataset!.Tables.Stocks;
        Assert.Equal(84.0, rows.Single(s => s.Country == "USA").DaysOfCoverHigh);
        Assert.Null(rows.Single(s => s.Country == "AUS").DaysOfCoverHigh);
    }

    [Fact]
    public void A_high_below_the_low_cover_is_an_error_naming_both()
    {
        _data.Write(Stocks, $"{Header}\nm,USA,30,test,*,,10\n");

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf(Stocks), 2, 7);
        Expect.Names(d, "10 in 'days_of_cover_high' is below days_of_cover (30)", "expected the top of the holders' covers, from days_of_cover to 36500");
        Assert.Null(result.Dataset);
    }

    [Theory]
    [InlineData("many", "'many' in 'days_of_cover_high' is not a number", "expected a decimal")]
    [InlineData("40000", "40000 in 'days_of_cover_high' is above 36500", "expected 0 to 36500")]
    [InlineData("-1", "-1 in 'days_of_cover_high' is negative", "expected a value ≥ 0")]
    public void A_high_that_is_not_a_number_of_days_is_an_error(string high, string problem, string expected)
    {
        _data.Write(Stocks, $"{Header}\nm,USA,0,test,*,,{high}\n");

        var d = Expect.Error(_data.Load(), _data.PathOf(Stocks), 2, 7);

        Expect.Names(d, problem, expected);
    }

    public void Dispose() => _data.Dispose();
}
