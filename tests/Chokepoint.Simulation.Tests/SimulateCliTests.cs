using System.Text.Json;
using Chokepoint.Cli;
using Chokepoint.Model;
using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>simulate, scenarios and bench end to end, in process.</summary>
public sealed class SimulateCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    private static (int Exit, string Out, string Err) Cli(params string[] args)
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        var exit = CliApp.Run(args, o, e);
        return (exit, o.ToString(), e.ToString());
    }

    /// <summary>The licence chain (semantics 3) as a dataset folder, and a scenario file with uncertain parameters.</summary>
    private (string Data, string Scenario) LicenceChain()
    {
        var data = _dir.Sub("data");
        Chain.Builder(("CHN", 60), ("AUS", 40))
            .WithMeasure(m => m with { Kind = MeasureKind.Licence, ApprovalRate = 0.5, LicenceDelayDays = 20 }).WriteTo(data);
        var scenario = _dir.Write("licence.yaml", """
            name: Licence on m
            description: CHN licences m to the USA.
            start: 2025-01-01
            horizon_days: 120
            measures: [M]
            uncertain:
              approval_rate: {dist: uniform, min: 0.1, max: 0.9}
              licence_delay_days: {dist: triangular, min: 0, mode: 20, max: 60}
              stock_days_factor: {dist: lognormal, median: 1.0, sigma: 0.5}
            """);
        return (data, scenario);
    }

    [Fact]
    public void Simulate_json_follows_the_contract_for_a_single_run()
    {
        var (data, scenario) = LicenceChain();
        var (exit, output, err) = Cli("simulate", scenario, "--data", data, "--format", "json");
        Assert.True(exit == 0, err);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["scenario", "start", "horizon_days", "runs", "seed", "results"], json.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("2025-01-01", json.GetProperty("start").GetString());
        var p = json.GetProperty("results").EnumerateArray().First(r => r.GetProperty("item").GetString() == "p" && r.GetProperty("kind").GetString() == "product");
        Assert.Equal(["item", "country", "kind", "semantics", "tts_days", "ttr_days", "lost_output_pct", "min_output_fraction", "output_fraction"],
            p.EnumerateObject().Select(x => x.Name).ToArray());
        Assert.Equal(120, p.GetProperty("output_fraction").GetArrayLength());
        Assert.Equal(JsonValueKind.Number, p.GetProperty("tts_days").ValueKind);
    }

    [Fact]
    public void Monte_carlo_json_adds_percentile_fields_and_null_tts_counts_as_beyond_the_horizon()
    {
        var (data, scenario) = LicenceChain();
        var (exit, output, err) = Cli("simulate", scenario, "--data", data, "--runs", "200", "--seed", "7", "--format", "json");
        Assert.True(exit == 0, err);
        var p = JsonDocument.Parse(output).RootElement.GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("item").GetString() == "p" && r.GetProperty("kind").GetString() == "demand");
        foreach (var f in new[] { "tts_days", "ttr_days", "lost_output_pct", "min_output_fraction" })
        {
            Assert.True(p.TryGetProperty(f + "_p5", out _), f + "_p5");
            Assert.True(p.TryGetProperty(f + "_p95", out _), f + "_p95");
        }
        Assert.Equal(120, p.GetProperty("output_fraction_p5").GetArrayLength());
        Assert.Equal(120, p.GetProperty("output_fraction_p95").GetArrayLength());
        // Large stock draws outlast the horizon in some runs: the late percentile is "beyond" (null), the early one is a day.
        Assert.Equal(JsonValueKind.Null, p.GetProperty("tts_days_p95").ValueKind);
        Assert.Equal(JsonValueKind.Number, p.GetProperty("tts_days_p5").ValueKind);
    }

    [Fact]
    public void Same_scenario_data_and_seed_give_byte_identical_json_whatever_the_thread_count()
    {
        var (data, scenario) = LicenceChain();
        var one = Cli("simulate", scenario, "--data", data, "--runs", "300", "--seed", "42", "--threads", "1", "--format", "json", "--all-nodes");
        var four = Cli("simulate", scenario, "--data", data, "--runs", "300", "--seed", "42", "--threads", "4", "--format", "json", "--all-nodes");
        var again = Cli("simulate", scenario, "--data", data, "--runs", "300", "--seed", "42", "--threads", "3", "--format", "json", "--all-nodes");
        Assert.Equal(0, one.Exit);
        Assert.Equal(one.Out, four.Out);
        Assert.Equal(one.Out, again.Out);
        var other = Cli("simulate", scenario, "--data", data, "--runs", "300", "--seed", "43", "--threads", "4", "--format", "json", "--all-nodes");
        Assert.NotEqual(one.Out, other.Out);
    }

    [Fact]
    public void Out_writes_results_series_and_plots()
    {
        var (data, scenario) = LicenceChain();
        var dir = Path.Combine(_dir.Path, "out");
        var (exit, _, err) = Cli("simulate", scenario, "--data", data, "--runs", "20", "--out", dir);
        Assert.True(exit == 0, err);
        foreach (var f in new[] { "results.json", "results.csv", "series.csv", "output-curves.png", "output-curves.svg" })
            Assert.True(new FileInfo(Path.Combine(dir, f)).Length > 100, f);
        Assert.StartsWith("item,country,kind,tts_days", File.ReadAllText(Path.Combine(dir, "results.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_with_errors_prints_file_line_diagnostics_and_exits_2()
    {
        var (data, _) = LicenceChain();
        var bad = _dir.Write("bad.yaml", "name: Bad\nstart: 2025-01-01\nmeasures: [NOPE]\n");
        var (exit, _, err) = Cli("simulate", bad, "--data", data);
        Assert.Equal(2, exit);
        Assert.Contains("bad.yaml:3:", err, StringComparison.Ordinal);
        Assert.Contains("unknown measure 'NOPE'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_scenario_name_is_a_usage_error_listing_the_built_in_ones()
    {
        var (exit, _, err) = Cli("simulate", "no-such-scenario");
        Assert.Equal(1, exit);
        Assert.Contains("replay-2025", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_built_in_scenario_is_listed_and_runs_on_the_default_dataset()
    {
        var (exit, output, err) = Cli("scenarios", "--format", "json");
        Assert.True(exit == 0, err);
        var names = JsonDocument.Parse(output).RootElement.EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();
        Assert.Equal(["api-stop-india", "gallium-ban-usa", "november-2025-suspensions-lapse", "october-2025-unsuspended", "rare-earth-embargo", "replay-2025", "us-chip-controls-2025"], names);
        foreach (var name in names)
        {
            var run = Cli("simulate", name, "--format", "json");
            Assert.True(run.Exit == 0, name + ": " + run.Err);
            Assert.NotEmpty(JsonDocument.Parse(run.Out).RootElement.GetProperty("results").EnumerateArray());
        }
    }

    [Fact]
    public void Bench_reports_the_contract_fields()
    {
        var (exit, output, err) = Cli("bench", "--nodes", "3000", "--edges", "30000", "--days", "30", "--format", "json");
        Assert.True(exit == 0, err);
        var json = JsonDocument.Parse(output).RootElement;
        foreach (var f in new[] { "nodes", "edges", "days", "threads", "seconds", "edge_steps_per_second", "peak_memory_mb", "build_seconds", "fastest_day_edge_steps_per_second" })
            Assert.True(json.TryGetProperty(f, out _), f);
        Assert.Equal(3000, json.GetProperty("nodes").GetInt32());
        Assert.Equal(30000, json.GetProperty("edges").GetInt32());
    }

    public void Dispose() => _dir.Dispose();
}
