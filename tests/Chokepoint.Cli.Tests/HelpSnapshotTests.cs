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
}
