namespace Chokepoint.Cli.Tests;

/// <summary>
/// Issue 23 §8: backtest --out and leverage --plot exited 3 with bare exception names on missing folders, folders in the
/// file's place and folders of other work, and wrote without staging. They now refuse with exit 1 and a message naming
/// the path, and write through a staging file or folder.
/// </summary>
public sealed class OutputGuardCliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "chokepoint-guard-" + Guid.NewGuid().ToString("N"));

    public OutputGuardCliTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Leverage(string plot) =>
        InProcess.Cli("leverage", "--issuer", "CHN", "--target", "USA", "--as-of", "2025-10-10", "--plot", plot);

    [Fact]
    public void Leverage_plot_into_a_missing_folder_is_refused_with_the_folder_named()
    {
        var (exit, _, err) = Leverage(Path.Combine(_dir, "missing", "leverage.png"));

        Assert.Equal(1, exit);
        Assert.Contains("does not exist", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Leverage_plot_onto_a_folder_is_refused()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "plot.png")).FullName;

        var (exit, _, err) = Leverage(folder);

        Assert.Equal(1, exit);
        Assert.Contains("is a folder", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Leverage_plot_replaces_an_existing_file_whole_and_leaves_no_staging_file()
    {
        var file = Path.Combine(_dir, "leverage.png");
        File.WriteAllText(file, "old");

        var (exit, _, err) = Leverage(file);

        Assert.True(exit == 0, err);
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(0x89, bytes[0]); // PNG signature
        Assert.Equal([file], Directory.GetFiles(_dir));
    }

    [Fact]
    public void Backtest_out_onto_a_folder_of_other_work_is_refused_and_the_work_is_kept()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "work")).FullName;
        var notes = Path.Combine(folder, "notes.docx");
        File.WriteAllText(notes, "mine");

        var (exit, _, err) = InProcess.Cli("backtest", "--out", folder);

        Assert.Equal(1, exit);
        Assert.Contains("does not write", err, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(notes));
    }

    [Fact]
    public void Simulate_out_under_a_file_is_refused_before_the_run_with_nothing_printed()
    {
        // Regression: simulate ran every Monte Carlo run and printed its table, then failed on --out.
        var file = Path.Combine(_dir, "notes.txt");
        File.WriteAllText(file, "mine");

        var (exit, stdout, err) = InProcess.Cli("simulate", "gallium-ban-usa", "--runs", "1", "--out", Path.Combine(file, "stress"));

        Assert.Equal(1, exit);
        Assert.Contains("--out:", err, StringComparison.Ordinal);
        Assert.Contains("is a file", err, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void Screen_out_into_a_folder_that_takes_no_files_is_a_usage_error_naming_the_file_not_the_staging_file()
    {
        // Regression: screen --out exited 3 with 'FileNotFoundException' and the hidden staging file's name.
        if (!OperatingSystem.IsLinux()) return; // /proc takes no new files on Linux, even for root
        var parts = Path.Combine(_dir, "parts.csv");
        File.WriteAllText(parts, "part,description,code,origin\nP1,Magnet,850511,CHN\n");

        var (exit, stdout, err) = InProcess.Cli("screen", parts, "--destination", "USA", "--as-of", "2025-10-10", "--out", "/proc/result.xlsx");

        Assert.Equal(1, exit);
        Assert.Contains("--out: cannot write '/proc/result.xlsx'", err, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }
}
