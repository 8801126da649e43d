using System.Text.Json;
using Chokepoint.Testing;

namespace Chokepoint.Cli.Tests;

/// <summary>chokepoint calibrate (issue 18 §2): reports each fit and writes it into the folder's controls.yaml.</summary>
public sealed class CalibrateCliTests
{
    [Fact]
    public void Calibrate_reports_the_magnet_fit_of_the_default_data()
    {
        var r = CliProcess.Run("calibrate", "--format", "json");

        Assert.True(r.ExitCode == 0, r.ToString());
        var json = r.Json();
        Assert.Equal("2025-09-30", json.GetProperty("until").GetString());
        var magnets = json.GetProperty("fits").EnumerateArray()
            .Single(f => f.GetProperty("measure").GetString() == "CHN-MOFCOM-2025-18" && f.GetProperty("importer").GetString() == "*" && f.GetProperty("status").GetString() == "fitted");
        Assert.True(magnets.GetProperty("months_used").GetInt32() >= 6);
        Assert.Equal(JsonValueKind.Number, magnets.GetProperty("rms_residual").ValueKind);
        Assert.All(magnets.GetProperty("months").EnumerateArray(), m => Assert.True(m.GetProperty("month").GetString()!.CompareTo("2025-09") <= 0));
    }

    [Fact]
    public void Calibrate_write_needs_a_data_folder()
    {
        var r = CliProcess.Run("calibrate", "--write");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--data", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Calibrate_rejects_a_cutoff_that_is_not_a_date()
    {
        var r = CliProcess.Run("calibrate", "--until", "September");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("YYYY-MM-DD", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_with_observed_flows_says_which_series_drove_the_exports()
    {
        var r = CliProcess.Run("simulate", "replay-2025", "--observed-flows", "--format", "json");

        Assert.True(r.ExitCode == 0, r.ToString());
        var notes = r.Json().GetProperty("observed_flows").EnumerateArray().Select(n => n.GetString()!).ToList();
        Assert.Contains(notes, n => n.StartsWith("ndfeb-magnet-dy;ndfeb-magnet-light;smco-magnet CHN→*: exports driven by the observed series", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("not used", StringComparison.Ordinal));
    }
}
