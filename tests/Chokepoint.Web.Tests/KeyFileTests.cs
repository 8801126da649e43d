using Chokepoint.Testing;

namespace Chokepoint.Web.Tests;

/// <summary>Issue 23 §15: a key given with --key is visible in the process list; serve reads it from a file too, and says so.</summary>
public sealed class KeyFileTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void The_key_file_s_first_line_is_the_key_that_serve_checks()
    {
        var file = _dir.Write("key.txt", "too-short\nsecond line is ignored\n");

        var (exit, _, stderr) = CliRunner.RunRaw("serve", "--urls", "http://0.0.0.0:5083", "--key-file", file, "--db", Path.Combine(_dir.Path, "ws.db"));

        Assert.Equal(1, exit);
        Assert.Contains("the access key is 9 characters long; expected at least 12", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("process list", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_on_the_command_line_is_warned_about()
    {
        var (exit, _, stderr) = CliRunner.RunRaw("serve", "--urls", "http://0.0.0.0:5084", "--key", "short", "--db", Path.Combine(_dir.Path, "ws.db"));

        Assert.Equal(1, exit);
        Assert.Contains("--key is visible to other users of this machine in the process list; prefer --key-file FILE", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.txt", "does not exist")]
    [InlineData("empty-line.txt", "has an empty first line")]
    public void A_missing_or_empty_key_file_is_a_usage_error_naming_it(string name, string problem)
    {
        _dir.Write("empty-line.txt", "\nkey-on-the-second-line\n");

        var (exit, _, stderr) = CliRunner.RunRaw("serve", "--key-file", Path.Combine(_dir.Path, name), "--db", Path.Combine(_dir.Path, "ws.db"));

        Assert.Equal(1, exit);
        Assert.Contains($"--key-file '{Path.Combine(_dir.Path, name)}' {problem}", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_and_key_file_together_are_refused()
    {
        var file = _dir.Write("key.txt", "a-long-enough-key-here\n");

        var (exit, _, stderr) = CliRunner.RunRaw("serve", "--key", "another-long-key-here", "--key-file", file);

        Assert.Equal(1, exit);
        Assert.Contains("either --key or --key-file", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
