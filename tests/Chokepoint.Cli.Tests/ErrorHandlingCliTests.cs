using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Cli.Tests;

/// <summary>Exit codes and error output of the one top-level handler, and exposure on hand-built data.</summary>
public sealed class ErrorHandlingCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void Unknown_command_is_a_usage_error_with_exit_1()
    {
        var r = CliProcess.Run("frobnicate");
        Assert.Equal(1, r.ExitCode);
    }

    [Fact]
    public void Bad_date_is_a_usage_error_naming_the_value_without_stack_trace()
    {
        var r = CliProcess.Run("controls", "--as-of", "2025-13-45");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("Error: --as-of '2025-13-45' is not a date; expected YYYY-MM-DD", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Error: --format 'xml' is not a format; expected table, json or csv", "shares", "gallium", "--format", "xml")]
    [InlineData("Error: --nodes 'abc' is not a whole number", "bench", "--nodes", "abc")]
    [InlineData("Error: --year 'abc' is not a whole number", "shares", "gallium", "--year", "abc")]
    public void A_bad_option_value_is_named_in_the_tools_words_with_nothing_on_stdout(string expected, params string[] args)
    {
        // Regression: "Cannot parse argument 'xml' for option '--format' as expected type 'Chokepoint.Cli.Infrastructure.OutputFormat'"
        // ('System.Int32' for numbers, "is not a valid value" for optional ones), then the whole help on stdout, where it
        // mixes with the output of --format json > file.
        var (exit, stdout, stderr) = InProcess.Cli(args);
        Assert.Equal(1, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Contains($"Run 'chokepoint {args[0]} --help'", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Chokepoint.Cli", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void A_missing_required_option_leaves_stdout_empty_for_json_pipes()
    {
        var (exit, stdout, stderr) = InProcess.Cli("exposure", "fighter-jet", "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains("'--to' is required", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void A_parts_list_with_several_problems_prints_one_problem_a_line()
    {
        // Regression: the problems were joined into one run-on line (line breaks cleaned to spaces).
        var parts = Path.Combine(_dir.Sub("p"), "parts.csv");
        File.WriteAllText(parts, "part,code,origin\nP1,abc,CHN\nP2,850511,XXX\n");
        var (exit, _, stderr) = InProcess.Cli("screen", parts, "--destination", "USA");
        Assert.Equal(2, exit);
        var lines = stderr.Split('\n');
        Assert.StartsWith("Error: the parts list has 2 problem(s):", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("  parts.csv: row 2, column 'code'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  parts.csv: row 3, column 'origin'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_subcommand_is_named_once_not_with_every_word_after_it()
    {
        var (exit, _, stderr) = InProcess.Cli("licences", "status", "99", "approved");
        Assert.Equal(1, exit);
        Assert.Contains("'status'", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("'99'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_given_as_the_dataset_folder_is_called_a_file()
    {
        // Regression: --data FILE said the folder "does not exist".
        var file = Path.Combine(_dir.Sub("d"), "items.csv");
        File.WriteAllText(file, "id\n");
        var (exit, _, stderr) = InProcess.Cli("validate", "--data", file);
        Assert.Equal(1, exit);
        Assert.Contains($"--data '{file}' is a file; expected a dataset folder", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("simulate", "is a folder; expected a scenario file (.yaml)")]
    [InlineData("screen", "is a folder; expected a .csv or .xlsx parts file")]
    public void A_folder_given_for_an_input_file_is_called_a_folder(string command, string expected)
    {
        // Regression: simulate said "scenario file 'DIR' does not exist"; screen said "no parts file 'NAME'" with the last part only.
        var folder = _dir.Sub("inputs");
        var (exit, _, stderr) = InProcess.Cli(command == "screen" ? [command, folder, "--destination", "USA"] : [command, folder]);
        Assert.Equal(1, exit);
        Assert.Contains($"'{folder}' {expected}", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_item_is_a_usage_error_suggesting_close_ids()
    {
        var r = CliProcess.Run("shares", "germanum");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("unknown item 'germanum'", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean germanium", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Exposure_needs_exactly_one_of_from_and_as_of()
    {
        var r = CliProcess.Run("exposure", "electric-car", "--to", "USA");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("exactly one of --from", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_dataset_is_refused_by_every_command_with_exit_2_and_diagnostics()
    {
        var data = _dir.Sub("bad");
        new DatasetBuilder().Produced("m", ("CHN", 80), ("AUS", 40)).Product("p").Recipe("p", "m").WriteTo(data);
        var validate = CliProcess.Run("validate", "--data", data, "--format", "json");
        Assert.Equal(2, validate.ExitCode);
        var error = validate.Json().GetProperty("errors").EnumerateArray().Single();
        Assert.EndsWith("production.csv", error.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.Contains("120", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        var items = CliProcess.Run("items", "--data", data);
        Assert.Equal(2, items.ExitCode);
        Assert.Contains("production.csv:2:4: error:", items.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Exposure_json_on_a_two_tier_chain_follows_the_contract_and_reaches_0_99()
    {
        var data = _dir.Sub("two-tier");
        new DatasetBuilder()
            .Produced("magnet", ("CHN", 90), ("JPN", 10)).Produced("oxide", ("CHN", 90), ("MYS", 10))
            .Product("p").Recipe("p", "magnet").Recipe("magnet", "oxide").WriteTo(data);
        var r = CliProcess.Run("exposure", "p", "--to", "USA", "--from", "CHN", "--data", data, "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var json = r.Json();
        Assert.Equal("p", json.GetProperty("item").GetString());
        Assert.Equal("USA", json.GetProperty("importer").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("as_of").ValueKind);
        Assert.Equal(0.99, json.GetProperty("output_at_risk").GetDouble(), 6);
        Assert.Equal(["p", "magnet", "oxide"], json.GetProperty("limiting_path").EnumerateArray().Select(e => e.GetString()));
        var input = json.GetProperty("inputs").EnumerateArray().Single();
        Assert.Equal("magnet", input.GetProperty("item").GetString());
        Assert.Equal(0.9, input.GetProperty("share_blocked").GetDouble(), 6);
        Assert.Equal(0.01, input.GetProperty("available").GetDouble(), 6);
    }

    [Fact]
    public void Exposure_as_of_applies_a_licence_regime_and_the_approval_rate_override()
    {
        var data = _dir.Sub("licence");
        new DatasetBuilder().Produced("m", ("CHN", 100)).Product("p").Recipe("p", "m")
            .Measure("lic", ["m"], m => m with { Kind = MeasureKind.Licence, ApprovalRate = 0.25, LicenceDelayDays = 45 }).WriteTo(data);
        var r = CliProcess.Run("exposure", "p", "--to", "USA", "--as-of", "2025-06-01", "--data", data, "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(0.75, r.Json().GetProperty("output_at_risk").GetDouble(), 6);
        Assert.Equal(["lic"], r.Json().GetProperty("blocked").EnumerateArray().Select(e => e.GetString()));
        var over = CliProcess.Run("exposure", "p", "--to", "USA", "--as-of", "2025-06-01", "--approval-rate", "1", "--data", data, "--format", "json");
        Assert.Equal(0.0, over.Json().GetProperty("output_at_risk").GetDouble(), 6);
    }

    [Fact]
    public void With_layers_a_user_product_over_the_default_dataset()
    {
        var overlay = _dir.Sub("mine");
        File.WriteAllText(Path.Combine(overlay, "items.csv"), "id,name,kind,unit,hs_codes,industry\nmy-motor,Our motor,product,unit,,automotive\n");
        File.WriteAllText(Path.Combine(overlay, "recipes.csv"), "output,input,quantity,essential,source\nmy-motor,ndfeb-magnet-dy,2,true,usgs-mcs-2026-rare-earths\n");
        File.WriteAllText(Path.Combine(overlay, "production.csv"), "item,country,year,share_pct,source,confidence\nmy-motor,DEU,2024,100,usgs-mcs-2026-rare-earths,low\n");
        var r = CliProcess.Run("exposure", "my-motor", "--to", "DEU", "--from", "CHN", "--with", overlay, "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.InRange(r.Json().GetProperty("output_at_risk").GetDouble(), 0.5, 1.0);
    }

    [Fact]
    public void Csv_format_writes_a_header_row()
    {
        var r = CliProcess.Run("items", "--kind", "product", "--format", "csv");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith("id,name,kind,unit,industry,hs_codes", r.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
