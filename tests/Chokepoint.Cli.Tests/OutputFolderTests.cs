using Chokepoint.Reports;
using Chokepoint.Testing;

namespace Chokepoint.Cli.Tests;

/// <summary>Issue 13 defect 14: output folders are swapped in whole; failures and kills leave the old folder, never a mix.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private static readonly string[] Own = [".json", ".csv", ".png"];
    private readonly TempDir _dir = new();

    [Fact]
    public void A_failure_while_writing_leaves_the_old_results_untouched_and_no_staging_folder()
    {
        var target = _dir.Sub("out");
        File.WriteAllText(Path.Combine(target, "results.json"), "old");

        Assert.Throws<InvalidOperationException>(() => OutputFolder.Write(target, Own, staging =>
        {
            File.WriteAllText(Path.Combine(staging, "results.json"), "new");
            throw new InvalidOperationException("plot failed");
        }));

        Assert.Equal(["results.json"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "results.json")));
        Assert.Single(Directory.GetFileSystemEntries(_dir.Path));
    }

    [Fact]
    public void Staging_folders_of_a_killed_process_are_removed_on_the_next_run()
    {
        var stale = _dir.Sub(".out.tmp-999999999-abc");
        File.WriteAllText(Path.Combine(stale, "results.json"), "half");

        OutputFolder.Write(Path.Combine(_dir.Path, "out"), Own, staging => File.WriteAllText(Path.Combine(staging, "results.json"), "new"));

        Assert.False(Directory.Exists(stale));
        Assert.Equal("new", File.ReadAllText(Path.Combine(_dir.Path, "out", "results.json")));
    }

    [Fact]
    public void A_folder_holding_other_work_is_refused_and_kept()
    {
        var target = _dir.Sub("thesis");
        File.WriteAllText(Path.Combine(target, "chapter1.docx"), "precious");

        var ex = Assert.Throws<OutputFolderException>(() => OutputFolder.Write(target, Own, _ => { }));

        Assert.Contains("chapter1.docx", ex.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(target, "chapter1.docx")));
    }

    [Fact]
    public void A_target_name_taken_by_a_folder_inside_is_refused_before_writing()
    {
        var target = _dir.Sub("report");
        Directory.CreateDirectory(Path.Combine(target, "index.html"));

        Assert.Throws<OutputFolderException>(() => OutputFolder.Write(target, [".html"], _ => { }));
        Assert.True(Directory.Exists(Path.Combine(target, "index.html")));
    }

    public void Dispose() => _dir.Dispose();
}
