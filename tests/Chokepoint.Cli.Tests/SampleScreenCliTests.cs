using System.Text.Json;

namespace Chokepoint.Cli.Tests;

/// <summary>
/// Issue 22 "Done when": samples/parts.csv and .xlsx screen correctly for USA, DEU and JPN on 2025-10-20 and 2026-01-10.
/// The expected ids were worked out by hand from controls.yaml: No. 18 reaches Chinese exports only (no re-export clause);
/// No. 61 reaches re-exports from 2025-10-09 and foreign content from 2025-12-01 and is suspended by No. 70 from 2025-11-07;
/// No. 46 clause 1 (no dual-use items to US military users) covers the No. 18 magnets from 2025-04-04 (registry split of clause 1);
/// the sample has no end-use column, so that ban (and No. 1 [2026] for Japan, also military only) is listed under
/// depends_on_end_use, never as applying. HS 811292 (CHP-2005) also covers indium, so
/// the 2025-02 clause-1 items reach it at the 6-digit grain, and the 2025 export-control list of US defence firms (ECL-1) applies to US buyers. No. 46 clause 2 (GA, GE) targets the USA and is suspended by No. 72 from 2025-11-09; No. 1 [2026] targets Japan from 2026-01-06.
/// </summary>
public sealed class SampleScreenCliTests
{
    private static Dictionary<string, JsonElement> Screen(string file, string destination, string date)
    {
        var (exit, stdout, stderr) = InProcess.Cli("screen", Path.Combine(AppContext.BaseDirectory, "samples", file), "--destination", destination, "--as-of", date, "--format", "json");
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("part").GetString()!, e => e.Clone());
    }

    private static HashSet<string> Ids(JsonElement part, string field) => part.GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToHashSet();

    private static void Expect(Dictionary<string, JsonElement> parts, string part, string[] measures, string[] announced, string[] suspended, string[]? dependsOnEndUse = null)
    {
        Assert.Equal(measures.ToHashSet(), Ids(parts[part], "measures"));
        Assert.Equal(announced.ToHashSet(), Ids(parts[part], "announced"));
        Assert.Equal(suspended.ToHashSet(), Ids(parts[part], "suspended"));
        Assert.Equal((dependsOnEndUse ?? []).ToHashSet(), Ids(parts[part], "depends_on_end_use"));
    }

    [Theory]
    [InlineData("parts.csv")]
    [InlineData("parts.xlsx")]
    public void Usa_on_2025_10_20(string file)
    {
        var p = Screen(file, "USA", "2025-10-20");
        Assert.Equal(50, p.Count);
        Expect(p, "MAG-1001", ["CHN-MOFCOM-2025-18"], [], [], ["CHN-MOFCOM-2024-46-MIL-2025-18"]);
        Expect(p, "MAG-1003", ["CHN-MOFCOM-2025-61"], [], [], ["CHN-MOFCOM-2024-46-MIL-2025-18"]);
        Expect(p, "MAG-1005", [], ["CHN-MOFCOM-2025-61"], []);
        Expect(p, "CHP-2005", ["CHN-MOFCOM-2023-23", "CHN-MOFCOM-2024-46-GA", "CHN-MOFCOM-2024-46-GE", "CHN-MOFCOM-2025-10", "CHN-MOFCOM-2025-ECL-1"], [], [],
            ["CHN-MOFCOM-2024-46-MIL", "CHN-MOFCOM-2024-46-MIL-2025-10"]);
        Expect(p, "BAT-3001", [], ["CHN-MOFCOM-2025-58"], []);
        Expect(p, "API-5002", [], [], []);
        Assert.Equal("not-in-dataset", p["GEN-6001"].GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData("parts.csv")]
    [InlineData("parts.xlsx")]
    public void Usa_on_2026_01_10(string file)
    {
        var p = Screen(file, "USA", "2026-01-10");
        Expect(p, "MAG-1001", ["CHN-MOFCOM-2025-18"], [], [], ["CHN-MOFCOM-2024-46-MIL-2025-18"]);
        Expect(p, "MAG-1003", [], [], ["CHN-MOFCOM-2025-61"], ["CHN-MOFCOM-2024-46-MIL-2025-18"]);
        Assert.Equal("depends-on-end-use", p["MAG-1003"].GetProperty("verdict").GetString());
        Expect(p, "MAG-1005", [], [], ["CHN-MOFCOM-2025-61"]);
        Expect(p, "CHP-2005", ["CHN-MOFCOM-2023-23", "CHN-MOFCOM-2025-10", "CHN-MOFCOM-2025-ECL-1"], [], ["CHN-MOFCOM-2024-46-GA", "CHN-MOFCOM-2024-46-GE"],
            ["CHN-MOFCOM-2024-46-MIL", "CHN-MOFCOM-2024-46-MIL-2025-10"]);
        Expect(p, "BAT-3001", [], [], ["CHN-MOFCOM-2025-58"]);
    }

    [Fact]
    public void Germany_on_both_dates()
    {
        var before = Screen("parts.csv", "DEU", "2025-10-20");
        Expect(before, "MAG-1001", ["CHN-MOFCOM-2025-18"], [], []);
        Expect(before, "CHP-2005", ["CHN-MOFCOM-2023-23", "CHN-MOFCOM-2025-10"], [], []);
        Expect(before, "MAG-1003", ["CHN-MOFCOM-2025-61"], [], []);
        var after = Screen("parts.csv", "DEU", "2026-01-10");
        Expect(after, "CHP-2005", ["CHN-MOFCOM-2023-23", "CHN-MOFCOM-2025-10"], [], []);
        Expect(after, "MAG-1003", [], [], ["CHN-MOFCOM-2025-61"]);
        Expect(after, "BAT-3009", [], [], ["CHN-MOFCOM-2025-58"]);
    }

    [Fact]
    public void Japan_on_both_dates()
    {
        var before = Screen("parts.csv", "JPN", "2025-10-20");
        Expect(before, "MAG-1001", ["CHN-MOFCOM-2025-18"], [], []);
        Expect(before, "CHP-2005", ["CHN-MOFCOM-2023-23", "CHN-MOFCOM-2025-10"], [], []);
        var after = Screen("parts.csv", "JPN", "2026-01-10");
        Expect(after, "MAG-1001", ["CHN-MOFCOM-2025-18"], [], [], ["CHN-MOFCOM-2026-1"]);
        Expect(after, "CHP-2005", ["CHN-MOFCOM-2023-23", "CHN-MOFCOM-2025-10"], [], [], ["CHN-MOFCOM-2026-1"]);
        Expect(after, "MAG-1003", [], [], ["CHN-MOFCOM-2025-61"], ["CHN-MOFCOM-2026-1"]);
    }

    [Fact]
    public void Xlsx_output_has_a_results_sheet_and_a_measures_sheet()
    {
        using var dir = new Testing.TempDir();
        var target = Path.Combine(dir.Path, "result.xlsx");
        var (exit, _, stderr) = InProcess.Cli("screen", Path.Combine(AppContext.BaseDirectory, "samples", "parts.csv"), "--destination", "USA", "--as-of", "2025-10-20", "--out", target);
        Assert.True(exit == 0, stderr);
        Assert.Equal(["results", "measures"], MiniExcelLibs.MiniExcel.GetSheetNames(target));
        var results = MiniExcelLibs.MiniExcel.Query(target, useHeaderRow: true, sheetName: "results").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(50, results.Count);
        var measures = MiniExcelLibs.MiniExcel.Query(target, useHeaderRow: true, sheetName: "measures").Cast<IDictionary<string, object>>().Select(r => (string)r["id"]).ToList();
        Assert.Contains("CHN-MOFCOM-2025-18", measures);
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
    }
}
