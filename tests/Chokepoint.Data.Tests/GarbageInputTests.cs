using System.Text;
using Chokepoint.Data.Sources;

namespace Chokepoint.Data.Tests;

/// <summary>Garbage input gives diagnostics, never an exception, a crash or a hang.</summary>
public sealed class GarbageInputTests : IDisposable
{
    /// <summary>No message should echo a huge value back; this is far above any useful message.</summary>
    private const int LongestUsefulMessage = 1000;

    private readonly DatasetFolder _data = new();

    [Fact]
    public void A_binary_file_named_items_csv_is_an_error_not_an_exception()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        bytes[100] = 0;
        _data.WriteBytes("items.csv", bytes);

        var result = _data.Load();

        var d = Assert.Single(result.Diagnostics, x => x.File == _data.PathOf("items.csv"));
        Assert.Equal(Diagnostics.Severity.Error, d.Severity);
        Expect.Names(d, "binary", "expected UTF-8 text");
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void An_empty_csv_file_is_an_error_naming_the_expected_header()
    {
        _data.Write("items.csv", "");

        var d = Expect.Error(_data.Load(), _data.PathOf("items.csv"), 0, 0);

        Expect.Names(d, "file is empty", "id,name,kind,unit,hs_codes,industry");
    }

    [Fact]
    public void A_header_only_csv_file_is_an_empty_table()
    {
        _data.Write("trade.csv", "item,exporter,importer,year,value_usd,source\n");

        Expect.Clean(_data.Load());
    }

    [Fact]
    public void A_missing_required_file_is_an_error()
    {
        File.Delete(_data.PathOf("recipes.csv"));

        var d = Expect.Error(_data.Load(), _data.PathOf("recipes.csv"), 0, 0);

        Expect.Names(d, "required file 'recipes.csv' is missing");
    }

    [Fact]
    public void Missing_optional_files_are_not_reported()
    {
        foreach (var f in new[] { "trade.csv", "stocks.csv", "expansion.csv", "claims.csv", "demand.csv" })
            File.Delete(_data.PathOf(f));

        Expect.Clean(_data.Load());
    }

    [Fact]
    public void Invalid_utf8_is_an_error_on_the_line_of_the_bad_byte()
    {
        var good = Encoding.UTF8.GetBytes("item,country,year,share_pct,source,confidence\nm,CHN,2024,60,test,high\nm,AU");
        var rest = Encoding.UTF8.GetBytes("S,2024,40,test,high\np,USA,2024,100,test,high\n");
        _data.WriteBytes("production.csv", [.. good, 0xC3, 0x28, .. rest]);

        var d = Expect.Error(_data.Load(), _data.PathOf("production.csv"), 3, 0);

        Expect.Names(d, "not valid UTF-8", "expected UTF-8 text");
    }

    [Fact]
    public void A_file_larger_than_the_cap_is_refused_before_reading()
    {
        using (var f = new FileStream(_data.PathOf("production.csv"), FileMode.Create))
            f.SetLength(GuardedText.MaxBytes + 1);

        var d = Expect.Error(_data.Load(), _data.PathOf("production.csv"), 0, 0);

        Expect.Names(d, "expected at most 64 MiB");
    }

    [Fact]
    public void A_single_5_MB_line_without_newline_gives_short_diagnostics()
    {
        _data.Write("items.csv", new string('a', 5_000_000));

        var result = _data.Load();

        var errors = result.Diagnostics.Where(x => x.File == _data.PathOf("items.csv")).ToList();
        Assert.NotEmpty(errors);
        Assert.Contains(errors, x => x.Message.Contains("missing required column 'id'", StringComparison.Ordinal));
        Assert.All(result.Diagnostics, x => Assert.True(x.Message.Length < LongestUsefulMessage, $"message of {x.Message.Length} chars"));
    }

    [Fact]
    public void A_5_MB_value_is_not_echoed_in_full()
    {
        _data.SetLine("production.csv", 3, "m,AUS,2024," + new string('9', 5_000_000) + ",test,high,,");

        var result = _data.Load();

        var d = Expect.Error(result, _data.PathOf("production.csv"), 3, 4);
        Assert.True(d.Message.Length < LongestUsefulMessage, $"message of {d.Message.Length} chars");
        Expect.Names(d, "999", "share_pct");
    }

    [Fact]
    public void Deeply_nested_yaml_is_an_error_not_a_stack_overflow()
    {
        // Regression: YamlDotNet's representation model recurses once per level; 100,000 levels
        // overflowed the stack and killed the process. Depth is now checked on the event stream first.
        _data.Write("controls.yaml", new string('[', 100_000) + new string(']', 100_000) + "\n");

        var d = Expect.Error(_data.Load(), _data.PathOf("controls.yaml"), 1);

        Expect.Names(d, "nested", "expected");
    }

    [Fact]
    public void An_empty_controls_file_is_an_empty_registry()
    {
        _data.Write("controls.yaml", "");

        Expect.Clean(_data.Load());
    }

    public void Dispose() => _data.Dispose();
}
