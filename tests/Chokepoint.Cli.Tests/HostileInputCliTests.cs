using Chokepoint.Testing;

namespace Chokepoint.Cli.Tests;

/// <summary>Issue 13 defects at the command line: each hostile input ends in a clear error with the contract's exit code, quickly.</summary>
public sealed class HostileInputCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    private static (int Exit, string Out, string Err) Cli(params string[] args) => InProcess.Cli(args);

    private string Data()
    {
        var data = _dir.Sub("data");
        new DatasetBuilder().Produced("m", ("CHN", 60), ("AUS", 40)).Product("p").Recipe("p", "m").Measure("M", ["m"]).WriteTo(data);
        return data;
    }

    [Fact]
    public void Simulate_dev_zero_is_invalid_data_not_out_of_memory()
    {
        if (OperatingSystem.IsWindows()) return;

        var (exit, _, err) = Cli("simulate", "/dev/zero");

        Assert.Equal(2, exit);
        Assert.Contains("'/dev/zero' is empty or not a regular file", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_checks_the_scenarios_of_the_dataset()
    {
        var data = Data();
        _dir.Write("data/scenarios/zero.yaml", "name: Zero\nstart: 2025-01-01\nhorizon_days: 0\n");

        var (exit, output, _) = Cli("validate", "--data", data);

        Assert.Equal(2, exit);
        Assert.Contains("scenarios/zero.yaml:3", output, StringComparison.Ordinal);
        Assert.Contains("horizon_days", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_with_two_billion_edges_is_refused_before_allocating()
    {
        var (exit, _, err) = Cli("bench", "--nodes", "1000", "--edges", "2147483647");

        Assert.Equal(1, exit);
        Assert.Contains("needs about", err, StringComparison.Ordinal);
        Assert.Contains("lower --nodes or --edges", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_out_onto_a_file_names_the_path_and_leaves_the_file_alone()
    {
        var data = Data();
        var scenario = _dir.Write("s.yaml", "name: S\nstart: 2025-01-01\nhorizon_days: 30\nmeasures: [M]\n");
        var file = _dir.Write("results", "keep me");

        var (exit, _, err) = Cli("simulate", scenario, "--data", data, "--out", file);

        Assert.Equal(1, exit);
        Assert.Contains("is a file", err, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void Simulate_out_replaces_earlier_results_whole()
    {
        var data = Data();
        var scenario = _dir.Write("s.yaml", "name: S\nstart: 2025-01-01\nhorizon_days: 30\nmeasures: [M]\n");
        var outDir = _dir.Sub("out");
        File.WriteAllText(Path.Combine(outDir, "stale-plot.svg"), "old");

        var (exit, _, err) = Cli("simulate", scenario, "--data", data, "--out", outDir, "--format", "json");

        Assert.True(exit == 0, err);
        Assert.False(File.Exists(Path.Combine(outDir, "stale-plot.svg")));
        Assert.True(File.Exists(Path.Combine(outDir, "results.json")));
        Assert.Empty(Directory.GetDirectories(_dir.Path, ".out.*"));
    }

    [Fact]
    public void Db_in_a_missing_folder_names_the_folder()
    {
        var (exit, _, err) = Cli("ingest", _dir.Write("a.txt", "text"), "--db", Path.Combine(_dir.Path, "missing", "w.db"));

        Assert.Equal(1, exit);
        Assert.Contains("missing' does not exist", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_with_800_repeated_terms_is_refused_quickly()
    {
        var db = Path.Combine(_dir.Path, "w.db");
        Cli("ingest", _dir.Write("a.txt", "China refines gallium."), "--db", db);

        var (exit, _, err) = Cli("search", string.Join(' ', Enumerable.Repeat("gallium", 800)), "--db", db);

        Assert.Equal(1, exit);
        Assert.Contains("expected at most", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Terminal_escape_sequences_in_file_names_and_titles_are_not_printed()
    {
        var folder = _dir.Sub("docs");
        File.WriteAllText(Path.Combine(folder, "evil\u001b]0;pwned\u0007.txt"), "Title \u001b[31mred\u001b[0m\nChina refines gallium.");
        var db = Path.Combine(_dir.Path, "w.db");

        var (exit, output, err) = Cli("ingest", folder, "--db", db);
        var (_, documents, _) = Cli("documents", "--db", db);

        Assert.True(exit == 0, err);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.DoesNotContain('\u001b', documents);
        Assert.Contains("evil]0;pwned.txt", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_output_drops_terminal_escapes_from_titles_and_snippets()
    {
        // Issue 23 §11: documents and search with --format csv printed a title's OSC and CSI sequences raw.
        var folder = _dir.Sub("csvdocs");
        File.WriteAllText(Path.Combine(folder, "evil\u001b]0;pwned\u0007.txt"), "Title \u001b[31mred\u001b[0m\nChina refines gallium for export.");
        var db = Path.Combine(_dir.Path, "csv.db");
        var (ingestExit, ingested, ingestErr) = Cli("ingest", folder, "--db", db);
        Assert.True(ingestExit == 0, ingestErr);

        var (documentsExit, documents, _) = Cli("documents", "--db", db, "--format", "csv");
        var (searchExit, search, _) = Cli("search", "gallium", "--db", db, "--format", "csv");

        Assert.True(documentsExit == 0, documents);
        Assert.True(documents.Contains("evil]0;pwned.txt", StringComparison.Ordinal), ingested + documents);
        Assert.Equal(0, searchExit);
        Assert.Contains("evil]0;pwned.txt", documents, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', documents);
        Assert.DoesNotContain('\u0007', documents);
        Assert.DoesNotContain('\u001b', search);
        Assert.DoesNotContain('\u0007', search);
    }

    [Fact]
    public void An_empty_result_is_a_line_not_a_none_row()
    {
        var (exit, output, _) = Cli("controls", "--data", Data(), "--item", "p");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("(none)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("╭", output, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
