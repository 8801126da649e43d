using System.Text.Json;

namespace Chokepoint.Cli.Tests;

/// <summary>backtest on the embedded default dataset: the JSON contract of issue 10 and the plots of --out.</summary>
public sealed class BacktestCliTests
{
    private static string[] Names(JsonElement o) => o.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void Backtest_json_follows_the_contract_and_writes_plots()
    {
        var dir = Path.Combine(Path.GetTempPath(), "chokepoint-backtest-" + Guid.NewGuid().ToString("N"));
        try
        {
            var r = CliProcess.Run("backtest", "--format", "json", "--out", dir);
            Assert.True(r.ExitCode == 0, r.ToString());
            var json = r.Json();
            Assert.Equal(JsonValueKind.String, json.GetProperty("scenario").ValueKind);
            Assert.Equal(1, json.GetProperty("runs").GetInt32());
            var flow = json.GetProperty("flows")[0];
            Assert.Equal(["item", "exporter", "importer", "month", "observed_index", "modelled_index", "fitted"], Names(flow));
            var output = json.GetProperty("outputs")[0];
            Assert.Equal(["products", "country", "month", "measure", "observed_change_pct", "observed_loss_pct", "modelled_loss_pct", "fitted"], Names(output));
            Assert.Equal("2025-09-30", json.GetProperty("fitted_until").GetString());
            var ev = json.GetProperty("events")[0];
            foreach (var f in new[] { "date", "country", "product", "event", "firm", "modelled_date", "hit", "error_days" })
                Assert.True(ev.TryGetProperty(f, out _), $"event lacks '{f}'");
            var score = json.GetProperty("score");
            Assert.Equal(["events_hit", "events_total", "median_abs_error_days", "flow_mean_abs_error", "flow_mean_abs_error_fitted",
                "flow_mean_abs_error_after", "magnitude_mae_pp", "magnitude_months"], Names(score));
            Assert.True(score.GetProperty("magnitude_months").GetInt32() > 0);
            Assert.True(score.GetProperty("events_total").GetInt32() >= score.GetProperty("events_hit").GetInt32());
            Assert.True(File.Exists(Path.Combine(dir, "backtest.json")));
            Assert.True(File.Exists(Path.Combine(dir, "events.png")));
            Assert.NotEmpty(Directory.GetFiles(dir, "flow-*.svg"));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
