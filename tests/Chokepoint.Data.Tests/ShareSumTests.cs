using Chokepoint.Testing;

namespace Chokepoint.Data.Tests;

/// <summary>Shares of an item-year: at most 100.5 in total; below 90 without ROW is a warning.</summary>
public sealed class ShareSumTests : IDisposable
{
    private const string Production = "production.csv";
    private readonly DatasetFolder _data = new();

    [Fact]
    public void Shares_summing_past_100_5_are_an_error_naming_the_item_and_year()
    {
        _data.SetLine(Production, 3, "m,AUS,2024,40.6,test,high,,");

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf(Production), 2, 4);
        Expect.Names(d, "shares of 'm' in 2024 sum to 100.6%", "expected at most 100 (tolerance 100.5)");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void Shares_summing_to_exactly_100_5_are_within_tolerance()
    {
        _data.SetLine(Production, 3, "m,AUS,2024,40.5,test,high,,");

        Expect.Clean(_data.Load());
    }

    [Fact]
    public void Each_year_is_summed_on_its_own()
    {
        _data.Append(Production, "m,CHN,2023,70,test,high,,").Append(Production, "m,AUS,2023,30,test,high,,");

        Expect.Clean(_data.Load());
    }

    [Fact]
    public void Shares_summing_below_90_without_ROW_are_a_warning_naming_the_item_and_year()
    {
        _data.SetLine(Production, 3, "m,AUS,2024,20,test,high,,");

        var result = _data.Load();

        var d = Expect.Warning(result, _data.PathOf(Production), 2, 4);
        Expect.Names(d, "shares of 'm' in 2024 sum to 80%", "no ROW row");
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Shares_summing_below_90_with_a_ROW_row_are_not_reported()
    {
        using var data = new DatasetFolder(new DatasetBuilder()
            .Produced("m", ("CHN", 60), ("ROW", 20))
            .Product("p").Recipe("p", "m"));

        Expect.Clean(data.Load());
    }

    public void Dispose() => _data.Dispose();
}
