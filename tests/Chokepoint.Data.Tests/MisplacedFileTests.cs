using System.Text;

namespace Chokepoint.Data.Tests;

/// <summary>Issue 23 §15: a folder where a file belongs, and a file saved with two byte-order marks, are named for what they are.</summary>
public sealed class MisplacedFileTests : IDisposable
{
    private readonly DatasetFolder _data = new();

    [Fact]
    public void A_folder_named_stocks_csv_is_an_error_saying_it_is_a_folder()
    {
        File.Delete(_data.PathOf("stocks.csv"));
        Directory.CreateDirectory(_data.PathOf("stocks.csv"));

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf("stocks.csv"), 0, 0);
        Expect.Names(d, "'stocks.csv' is a folder", "expected a file");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void A_folder_named_items_csv_is_not_reported_as_missing()
    {
        File.Delete(_data.PathOf("items.csv"));
        Directory.CreateDirectory(_data.PathOf("items.csv"));

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf("items.csv"), 0, 0);
        Expect.Names(d, "is a folder");
        Assert.DoesNotContain(result.Diagnostics, x => x.Message.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_doubled_byte_order_mark_is_read_as_one_with_a_warning_that_says_so()
    {
        var text = File.ReadAllText(_data.PathOf("items.csv"));
        _data.WriteBytes("items.csv", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        var result = _data.Load();

        Assert.NotNull(result.Dataset);
        var d = Assert.Single(result.Diagnostics, x => x.File == _data.PathOf("items.csv"));
        Assert.Equal(Diagnostics.Severity.Warning, d.Severity);
        Expect.Names(d, "2 byte-order marks", "re-save it as UTF-8");
        Assert.DoesNotContain(result.Diagnostics, x => x.Message.Contains("missing column", StringComparison.Ordinal));
    }

    public void Dispose() => _data.Dispose();
}
