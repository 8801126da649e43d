namespace Chokepoint.Data.Tests;

/// <summary>observed/output.csv (issue 18 §1) is read and validated like every other table.</summary>
public sealed class ObservedOutputTests : IDisposable
{
    private const string Header = "month,product,country,quantity,unit,change_pct,measure,source\n";
    private readonly DatasetFolder _data = new();

    [Fact]
    public void A_valid_output_row_loads_with_its_published_change()
    {
        Directory.CreateDirectory(_data.PathOf("observed"));
        _data.Write("observed/output.csv", Header + "2025-06,p,CHN,359700,vehicles,3,car production,test\n");

        var result = _data.Load();

        Expect.Clean(result);
        var row = Assert.Single(result.Dataset!.Tables.ObservedOutput);
        Assert.Equal(new DateOnly(2025, 6, 1), row.Month);
        Assert.Equal(3.0, row.ChangePct!.Value, 9);
    }

    [Fact]
    public void A_change_below_minus_100_is_an_error_on_its_column()
    {
        Directory.CreateDirectory(_data.PathOf("observed"));
        _data.Write("observed/output.csv", Header + "2025-06,p,CHN,1,vehicles,-150,car production,test\n");

        Expect.Names(Expect.Error(_data.Load(), _data.PathOf("observed/output.csv"), 2, 6), "-150", "change_pct");
    }

    [Fact]
    public void An_unknown_product_is_an_error_on_its_column()
    {
        Directory.CreateDirectory(_data.PathOf("observed"));
        _data.Write("observed/output.csv", Header + "2025-06,no-such,CHN,1,vehicles,,car production,test\n");

        Expect.Names(Expect.Error(_data.Load(), _data.PathOf("observed/output.csv"), 2, 2), "no-such");
    }

    public void Dispose() => _data.Dispose();
}
