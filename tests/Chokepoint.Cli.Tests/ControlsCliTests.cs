using System.Text.Json;

namespace Chokepoint.Cli.Tests;

/// <summary>The registry checks of issue 9 ("Done when") and 'controls show', on the embedded default dataset.</summary>
public sealed class ControlsCliTests
{
    private static List<JsonElement> Rows(params string[] args)
    {
        var r = CliProcess.Run([.. args, "--format", "json"]);
        Assert.True(r.ExitCode == 0, r.ToString());
        return r.Json().EnumerateArray().ToList();
    }

    [Fact]
    public void No_chinese_measure_covers_ndpr_oxide_on_2025_10_20()
    {
        Assert.DoesNotContain(Rows("controls", "--item", "ndpr-oxide", "--as-of", "2025-10-20"), m => m.GetProperty("issuer").GetString() == "CHN");
    }

    [Fact]
    public void No_measure_covers_artificial_graphite_anode_on_2024_06_01()
    {
        Assert.Empty(Rows("controls", "--item", "artificial-graphite-anode", "--as-of", "2024-06-01"));
    }

    [Fact]
    public void Measures_suspended_by_no_70_are_unverified_on_2026_11_29_with_their_status_if_unchanged()
    {
        var rows = Rows("controls", "--as-of", "2026-11-29");
        foreach (var id in new[] { "CHN-MOFCOM-2025-55", "CHN-MOFCOM-2025-56", "CHN-MOFCOM-2025-57", "CHN-MOFCOM-2025-58", "CHN-MOFCOM-2025-61", "CHN-MOFCOM-2025-62" })
        {
            var m = rows.Single(x => x.GetProperty("id").GetString() == id);
            Assert.Equal("unverified", m.GetProperty("status").GetString());
            Assert.Equal("in_force", m.GetProperty("status_if_unchanged").GetString());
            Assert.Equal("2026-04-20", m.GetProperty("reviewed_through").GetString());
        }
        var s = rows.Single(x => x.GetProperty("id").GetString() == "CHN-MOFCOM-2025-70");
        Assert.Equal("unverified", s.GetProperty("status").GetString());
        Assert.Equal("ended", s.GetProperty("status_if_unchanged").GetString());
    }

    [Fact]
    public void Controls_show_gives_clauses_phases_history_and_sources_of_one_measure()
    {
        var r = CliProcess.Run("controls", "show", "chn-mofcom-2025-61", "--as-of", "2025-12-15", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var m = r.Json();

        Assert.Equal("CHN-MOFCOM-2025-61", m.GetProperty("id").GetString());
        Assert.Equal("suspended", m.GetProperty("status").GetString());
        var scope = m.GetProperty("scope").EnumerateArray().Select(c => (c.GetProperty("clause").GetString(), c.GetProperty("effective").GetString())).ToList();
        Assert.Equal([("reexport", "2025-10-09"), ("foreign-content", "2025-12-01")], scope);
        var history = m.GetProperty("status_history").EnumerateArray().Select(h => (h.GetProperty("from").GetString(), h.GetProperty("status").GetString(), h.GetProperty("verified").GetBoolean())).ToList();
        Assert.Equal([("2025-10-09", "in_force", true), ("2025-11-07", "suspended", true), ("2026-11-11", "in_force", false)], history);
        Assert.Contains(m.GetProperty("sources").EnumerateArray(), s => s.GetProperty("id").GetString() == "cn-2025-61-sscollege" && s.GetProperty("url").GetString()!.StartsWith("http", StringComparison.Ordinal));
    }

    [Fact]
    public void Controls_show_lists_the_calibrated_phases_of_no_18()
    {
        var r = CliProcess.Run("controls", "show", "CHN-MOFCOM-2025-18", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var phases = r.Json().GetProperty("phases").EnumerateArray().ToList();

        Assert.Contains(phases, p => p.GetProperty("from").GetString() == "2025-04-04" && p.GetProperty("destinations")[0].GetString() == "USA" && p.GetProperty("approval_rate").GetDouble() < 0.1);
        Assert.Contains(phases, p => p.GetProperty("from").GetString() == "2025-12-02");
        // Regression: the dysprosium, terbium and yttrium phases of 2025-04-04 (all destinations) could not be told apart.
        Assert.Contains(phases, p => p.GetProperty("items").EnumerateArray().Select(i => i.GetString()).SequenceEqual(["dysprosium-oxide"]) && p.GetProperty("approval_rate").GetDouble() == 0.61);
        var table = CliProcess.Run("controls", "show", "CHN-MOFCOM-2025-18");
        Assert.Contains("terbium-oxide", table.Stdout.Split("licence phases")[1].Split("status history")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Controls_show_of_an_unknown_id_is_a_usage_error_suggesting_close_ids()
    {
        var r = CliProcess.Run("controls", "show", "2025-7");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("unknown measure '2025-7'", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("CHN-MOFCOM-2025-70", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Exposure_as_of_after_the_review_date_says_which_measures_are_unverified()
    {
        var r = CliProcess.Run("exposure", "wind-turbine", "--to", "USA", "--as-of", "2026-11-29", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var note = r.Json().GetProperty("review_note").GetString()!;
        Assert.Contains("reviewed through 2026-04-20", note, StringComparison.Ordinal);
        Assert.Contains("CHN-MOFCOM-2025-61 (in_force if unchanged)", note, StringComparison.Ordinal);
    }
}
