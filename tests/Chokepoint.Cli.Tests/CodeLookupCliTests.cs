using System.Text.Json;

namespace Chokepoint.Cli.Tests;

/// <summary>Issue 22 "Done when": controls --code for an ECCN, a Chinese 10-digit line, an HS subheading and a Chinese list number, on the default dataset.</summary>
public sealed class CodeLookupCliTests
{
    private static HashSet<string> Ids(string code, string date = "2025-10-20")
    {
        var (exit, stdout, stderr) = InProcess.Cli("controls", "--code", code, "--as-of", date, "--format", "json");
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToHashSet();
    }

    [Fact]
    public void Eccn_3A090_returns_the_us_advanced_chip_rules()
    {
        Assert.Equal(new HashSet<string> { "USA-BIS-2022-10-07", "USA-BIS-2023-10-17", "USA-BIS-2024-12-02", "USA-BIS-2025-01-16", "USA-BIS-2025-09-29" }, Ids("3A090"));
    }

    [Fact]
    public void Chinese_line_8505111000_returns_the_rare_earth_magnet_measures()
    {
        Assert.Equal(new HashSet<string> { "CHN-MOFCOM-2024-46-MIL-2025-18", "CHN-MOFCOM-2025-18", "CHN-MOFCOM-2025-61" }, Ids("8505111000"));
    }

    [Fact]
    public void Hs_850511_returns_the_same_magnet_measures_and_japan_s_after_january_2026()
    {
        Assert.Equal(new HashSet<string> { "CHN-MOFCOM-2024-46-MIL-2025-18", "CHN-MOFCOM-2025-18", "CHN-MOFCOM-2025-61" }, Ids("850511"));
        Assert.Contains("CHN-MOFCOM-2026-1", Ids("850511", "2026-01-10"));
    }

    [Fact]
    public void Chinese_list_number_1C902_a_4_returns_the_samarium_cobalt_measures()
    {
        Assert.Equal(new HashSet<string> { "CHN-MOFCOM-2024-46-MIL-2025-18", "CHN-MOFCOM-2025-18", "CHN-MOFCOM-2025-61" }, Ids("1C902.a.4"));
    }

    [Fact]
    public void Table_says_which_code_system_matched()
    {
        var (exit, stdout, _) = InProcess.Cli("controls", "--code", "8505111000", "--as-of", "2025-10-20");
        Assert.Equal(0, exit);
        Assert.Contains("matched: cn-china-10 8505111000", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3A090", "USA-BIS-2022-10-07", "eccn", "3A090")]
    [InlineData("8505111000", "CHN-MOFCOM-2025-18", "cn-china-10", "8505111000")]
    [InlineData("1C902.a.4", "CHN-MOFCOM-2025-18", "cn-dual-use", "1C902.a.4")]
    [InlineData("85051100", "CHN-MOFCOM-2025-18", "eu-cn8", "85051100")]
    [InlineData("3D001", "NLD-2023-SME", "eu-annex1", "3D001")]
    [InlineData("3B001", "NLD-2023-SME", "eu-annex1", "3B001")]
    [InlineData("3B001.f.4", "NLD-2023-SME", "nl-national", "3B001.f.4")]
    public void Json_names_the_code_system_that_matched_for_each_measure(string code, string measure, string system, string known)
    {
        var (exit, stdout, stderr) = InProcess.Cli("controls", "--code", code, "--as-of", "2025-10-20", "--format", "json");
        Assert.True(exit == 0, stderr);
        var row = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == measure);
        var matched = row.GetProperty("matched_codes").EnumerateArray().ToList();
        Assert.Contains(matched, m => m.GetProperty("system").GetString() == system && m.GetProperty("code").GetString() == known && m.GetProperty("exact").GetBoolean());
        var (_, plain, _) = InProcess.Cli("controls", "--as-of", "2025-10-20", "--format", "json");
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(plain).RootElement[0].GetProperty("matched_codes").ValueKind);
    }

    [Fact]
    public void Unknown_code_is_refused_with_the_nearest_known_codes()
    {
        var (exit, _, stderr) = InProcess.Cli("controls", "--code", "3A099");
        Assert.Equal(1, exit);
        Assert.Contains("nearest known: 3A090", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Eu_cn8_line_85051100_returns_the_magnet_measures_and_names_eu_cn8()
    {
        Assert.Equal(new HashSet<string> { "CHN-MOFCOM-2024-46-MIL-2025-18", "CHN-MOFCOM-2025-18", "CHN-MOFCOM-2025-61" }, Ids("8505 11 00"));
        var (exit, stdout, _) = InProcess.Cli("controls", "--code", "85051100", "--as-of", "2025-10-20");
        Assert.Equal(0, exit);
        Assert.Contains("matched: eu-cn8 85051100 → ndfeb-magnet-dy", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Eu_annex_I_entry_3D001_returns_the_dutch_equipment_rule_that_cites_it()
    {
        Assert.Equal(new HashSet<string> { "NLD-2023-SME" }, Ids("3D001"));
        Assert.Contains("NLD-2023-SME", Ids("3B001"));
        // The Dutch national entry 3B001.f.4 matches exactly; the US entry 3B001 above it still stands (another list).
        Assert.Superset(new HashSet<string> { "NLD-2023-SME", "USA-BIS-2022-10-07-SME" }, Ids("3B001.f.4"));
    }

    [Theory]
    [InlineData("85059029", "85051100 (eu-cn8)")]
    [InlineData("3D099", "nearest known: 3D001 (eu-annex1)")]
    public void Unknown_eu_code_is_refused_with_the_nearest_known_codes_and_their_systems(string code, string expected)
    {
        var (exit, _, stderr) = InProcess.Cli("controls", "--code", code);
        Assert.Equal(1, exit);
        Assert.Contains("matches no code of the dataset", stderr, StringComparison.Ordinal);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_code_is_refused_naming_what_was_expected()
    {
        var (exit, _, stderr) = InProcess.Cli("controls", "--code", "85");
        Assert.Equal(1, exit);
        Assert.Contains("4 to 10 digits", stderr, StringComparison.Ordinal);
    }
}
