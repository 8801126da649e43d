namespace Chokepoint.Cli.Tests;

/// <summary>The top-level help is a public surface: a change to it must be deliberate (update Snapshots/help.txt).</summary>
public sealed class HelpSnapshotTests
{
    [Fact]
    public void Top_level_help_matches_the_committed_snapshot()
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Snapshots", "help.txt")).ReplaceLineEndings("\n");
        var r = CliProcess.Run("--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(expected, r.Stdout.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("backtest")]
    [InlineData("mitigate")]
    [InlineData("simulate")]
    public void The_threads_default_is_the_rule_not_this_machines_core_count(string command)
    {
        // Regression: "Worker threads (default: all cores) [default: 2]" on a two-core machine.
        var (exit, stdout, _) = InProcess.Cli(command, "--help");
        Assert.Equal(0, exit);
        var line = stdout.Split('\n').Single(l => l.TrimStart().StartsWith("--threads", StringComparison.Ordinal));
        Assert.Contains("(default: all cores)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("[default:", line, StringComparison.Ordinal);
    }
}
