using System.Text.Json;
using Chokepoint.Testing;

namespace Chokepoint.Cli.Tests;

/// <summary>
/// screen's end_use column: No. 46 [2024] clause 1 (no dual-use items to US military users; CHN-MOFCOM-2024-46-MIL-2025-18
/// for the No. 18 magnets) applies to a military buyer, not to a civil one, and depends on the end use when none is given
/// (it used to be listed as in force for every US part).
/// </summary>
public sealed class EndUseScreenCliTests
{
    private const string Mil = "CHN-MOFCOM-2024-46-MIL-2025-18";

    private static Dictionary<string, JsonElement> Screen(string csv, params string[] extra)
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "p.csv");
        File.WriteAllText(file, csv);
        var (exit, stdout, stderr) = InProcess.Cli(["screen", file, "--destination", "USA", "--as-of", "2025-10-20", "--format", "json", .. extra]);
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("part").GetString()!, e => e.Clone());
    }

    private static string[] Ids(JsonElement part, string field) => part.GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public void The_military_user_ban_applies_to_military_parts_only_and_depends_on_end_use_when_none_is_given()
    {
        var p = Screen("part,code,origin,end_use\nM,8505111000,CHN,military\nC,8505111000,CHN,civil\nU,8505111000,CHN,\n");
        Assert.Equal([Mil, "CHN-MOFCOM-2025-18"], Ids(p["M"], "measures").Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(Ids(p["M"], "depends_on_end_use"));
        Assert.Equal("military", p["M"].GetProperty("end_use").GetString());
        Assert.Equal(["CHN-MOFCOM-2025-18"], Ids(p["C"], "measures"));
        Assert.Empty(Ids(p["C"], "depends_on_end_use"));
        Assert.DoesNotContain(p["C"].GetProperty("reaches").EnumerateArray(), r => r.GetProperty("id").GetString() == Mil);
        Assert.Equal(["CHN-MOFCOM-2025-18"], Ids(p["U"], "measures"));
        Assert.Equal([Mil], Ids(p["U"], "depends_on_end_use"));
        Assert.Equal(JsonValueKind.Null, p["U"].GetProperty("end_use").ValueKind);
        var reach = p["U"].GetProperty("reaches").EnumerateArray().Single(r => r.GetProperty("id").GetString() == Mil);
        Assert.Equal(["military"], reach.GetProperty("only_for_end_uses").EnumerateArray().Select(e => e.GetString()!).ToArray());
        // A ban on military users stops what a licence lets through to civil buyers: the military part's supply is the more at risk.
        Assert.True(p["M"].GetProperty("output_at_risk").GetDouble() > p["C"].GetProperty("output_at_risk").GetDouble() + 1e-6);
    }

    [Fact]
    public void A_part_whose_only_measure_is_for_military_users_is_verdict_depends_on_end_use()
    {
        // Re-exported from Vietnam on 2026-01-10: No. 61 is suspended, No. 18 has no re-export clause, clause 1 of No. 46 has one.
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "p.csv");
        File.WriteAllText(file, "part,code,origin,supplier_country\nV,850511,CHN,VNM\n");
        var (exit, stdout, stderr) = InProcess.Cli("screen", file, "--destination", "USA", "--as-of", "2026-01-10", "--format", "json");
        Assert.True(exit == 0, stderr);
        Assert.Equal("depends-on-end-use", JsonDocument.Parse(stdout).RootElement[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public void Own_end_use_header_is_mapped_and_an_unknown_end_use_is_refused_with_row_and_column()
    {
        var p = Screen("part,code,origin,Use\nM,8505111000,CHN,Military\n", "--map", "end_use=Use");
        Assert.Contains(Mil, Ids(p["M"], "measures"));
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "p.csv");
        File.WriteAllText(file, "part,code,origin,end_use\nM,8505111000,CHN,defence\n");
        var (exit, _, stderr) = InProcess.Cli("screen", file, "--destination", "USA");
        Assert.Equal(2, exit);
        Assert.Contains("row 2, column 'end_use' (4)", stderr, StringComparison.Ordinal);
        Assert.Contains("listed-entity", stderr, StringComparison.Ordinal);
    }
}
