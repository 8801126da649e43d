using System.Diagnostics;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Data.Sources;
using Chokepoint.Data.Yaml;
using Chokepoint.Testing;
using YamlDotNet.RepresentationModel;

namespace Chokepoint.Data.Tests;

/// <summary>Issue 13 defects 2, 3 and 6: dates, huge numbers and special files end in a diagnostic, not a silent wrong answer or a hang.</summary>
public sealed class InputLimitTests : IDisposable
{
    private readonly DatasetFolder _data = new();
    private readonly TempDir _tmp = new();

    [Fact]
    public void A_recipe_quantity_of_1e308_is_refused_naming_the_range()
    {
        _data.SetLine("recipes.csv", 2, "p,m,1e308,true,test");

        var d = Expect.Error(_data.Load(), _data.PathOf("recipes.csv"), 2);

        Expect.Names(d, "1e308", "quantity", "expected 0 to");
    }

    [Fact]
    public void Final_demand_of_1e308_units_a_year_is_refused()
    {
        _data.Write("demand.csv", "product,country,units_per_year,source\np,USA,1e308,test\n");

        var d = Expect.Error(_data.Load(), _data.PathOf("demand.csv"), 2);

        Expect.Names(d, "units_per_year", "expected 0 to");
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void A_date_outside_1900_to_2199_in_yaml_is_refused(string date)
    {
        var diagnostics = new DiagnosticBag();
        var root = (YamlMappingNode)Chokepoint.Data.Yaml.YamlDocument.Parse("s.yaml", $"start: {date}\n", diagnostics)!;

        var value = new YamlMap("s.yaml", root, diagnostics).Date("start", true);

        Assert.Null(value);
        Assert.Contains("expected a date from 1900-01-01 to 2199-12-31", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dev_zero_is_refused_without_reading_it()
    {
        if (OperatingSystem.IsWindows()) return;

        var read = RegularFile.Read("/dev/zero", 1024 * 1024);

        Assert.Null(read.Bytes);
        Assert.Contains("not a regular file", read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symlink_to_dev_zero_is_refused_like_dev_zero()
    {
        if (OperatingSystem.IsWindows()) return;
        var link = Path.Combine(_tmp.Path, "zero.yaml");
        File.CreateSymbolicLink(link, "/dev/zero");

        var read = RegularFile.Read(link, 1024 * 1024);

        Assert.Null(read.Bytes);
        Assert.Contains("not a regular file", read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_named_like_a_dataset_file_does_not_hang_the_loader()
    {
        File.Delete(_data.PathOf("trade.csv"));
        if (!SpecialFiles.TryMakeFifo(_data.PathOf("trade.csv"))) return;
        var watch = Stopwatch.StartNew();

        var result = _data.Load();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Expect.Names(Expect.Error(result, _data.PathOf("trade.csv"), 0), "empty");
    }

    [Fact]
    public void A_file_growing_past_the_cap_is_refused_while_reading()
    {
        var path = _tmp.Write("big.txt", new string('x', 5000));

        var read = RegularFile.Read(path, 4096);

        Assert.Null(read.Bytes);
        Assert.Contains("larger than", read.Problem, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _data.Dispose();
        _tmp.Dispose();
    }
}
