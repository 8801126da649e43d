using System.Text.Json;

namespace Chokepoint.Cli.Tests;

/// <summary>changes: registry changes between two dates, and the sample parts whose status changed.</summary>
public sealed class ChangesCliTests
{
    [Fact]
    public void November_2025_suspensions_and_the_parts_they_release_are_listed()
    {
        var (exit, stdout, stderr) = InProcess.Cli("changes", "--since", "2025-11-01", "--until", "2025-11-30",
            "--parts", Path.Combine(AppContext.BaseDirectory, "samples", "parts.csv"), "--destination", "USA", "--format", "json");
        Assert.True(exit == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        var changes = root.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("date").GetString(), c.GetProperty("measure").GetString(), c.GetProperty("change").GetString())).ToList();
        Assert.Contains(("2025-11-07", "CHN-MOFCOM-2025-61", "suspended"), changes);
        Assert.Contains(("2025-11-09", "CHN-MOFCOM-2024-46-GA", "suspended"), changes);
        Assert.DoesNotContain(changes, c => c.Item1 is { } d && (string.CompareOrdinal(d, "2025-11-01") < 0 || string.CompareOrdinal(d, "2025-11-30") > 0));
        var parts = root.GetProperty("parts").EnumerateArray().ToDictionary(p => p.GetProperty("part").GetString()!);
        Assert.Equal("controlled", parts["MAG-1003"].GetProperty("verdict_before").GetString());
        // No. 61 is suspended; No. 46 clause 1 (US military users, re-exports included) still covers the magnet codes, but
        // only for military buyers, and the sample gives no end use.
        Assert.Equal("depends-on-end-use", parts["MAG-1003"].GetProperty("verdict_after").GetString());
        Assert.False(parts.ContainsKey("MAG-1001"));
    }

    [Fact]
    public void Until_before_since_is_refused()
    {
        Assert.Equal(1, InProcess.Cli("changes", "--since", "2025-11-01", "--until", "2025-10-01").Exit);
    }
}
