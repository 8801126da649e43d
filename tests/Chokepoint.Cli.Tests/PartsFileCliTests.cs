using System.Text.Json;
using Chokepoint.Testing;

namespace Chokepoint.Cli.Tests;

/// <summary>Parts lists with the user's own headers and with bad cells: every error names the row and the column.</summary>
public sealed class PartsFileCliTests
{
    [Fact]
    public void Bad_cells_are_reported_with_row_and_column_and_exit_2()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "p.csv");
        File.WriteAllText(file, "part,code,origin,stock_days\nA,850511,CHN,10\nB,85,XXX,-3\n");
        var (exit, _, stderr) = InProcess.Cli("screen", file, "--destination", "USA", "--as-of", "2025-10-20");
        Assert.Equal(2, exit);
        Assert.Contains("row 3, column 'code' (2)", stderr, StringComparison.Ordinal);
        Assert.Contains("row 3, column 'origin' (3)", stderr, StringComparison.Ordinal);
        Assert.Contains("row 3, column 'stock_days' (4)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_errors_name_the_column_letter()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "p.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(file, new[] { new Dictionary<string, object> { ["part"] = "A", ["code"] = "850511", ["origin"] = "ZZZ" } });
        var (exit, _, stderr) = InProcess.Cli("screen", file, "--destination", "USA");
        Assert.Equal(2, exit);
        Assert.Contains("row 2, column 'origin' (C)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Own_headers_are_read_through_map()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "p.csv");
        File.WriteAllText(file, "Part No;HS code;COO\nA;8505111000;CHN\n");
        var (exit, stdout, stderr) = InProcess.Cli("screen", file, "--destination", "DEU", "--as-of", "2025-10-20", "--map", "part=Part No,code=HS code,origin=COO", "--format", "json");
        Assert.True(exit == 0, stderr);
        var part = JsonDocument.Parse(stdout).RootElement[0];
        Assert.Equal("A", part.GetProperty("part").GetString());
        Assert.Contains("CHN-MOFCOM-2025-18", part.GetProperty("measures").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_missing_required_column_names_the_header_found()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "p.csv");
        File.WriteAllText(file, "part,hs\nA,850511\n");
        var (exit, _, stderr) = InProcess.Cli("screen", file, "--destination", "USA");
        Assert.Equal(2, exit);
        Assert.Contains("no column 'code'", stderr, StringComparison.Ordinal);
        Assert.Contains("--map code=", stderr, StringComparison.Ordinal);
    }
}
