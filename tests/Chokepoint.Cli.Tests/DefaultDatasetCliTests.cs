using System.Text.Json;

namespace Chokepoint.Cli.Tests;

/// <summary>End-to-end runs on the embedded default dataset.</summary>
public sealed class DefaultDatasetCliTests
{
    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public void Validate_on_the_default_dataset_is_clean_and_follows_the_json_contract()
    {
        var r = CliProcess.Run("validate", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var json = r.Json();
        Assert.Equal(0, json.GetProperty("errors").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("warnings").ValueKind);
    }

    [Fact]
    public void The_replay_names_the_control_units_short_of_nexperia_parts_though_its_table_lists_products()
    {
        // Issue 17: China's stop on Nexperia's plants reaches the makers of control units through the parts qualified
        // from Nexperia and their stocks (two to 12 weeks across holders); the default table lists products only.
        var r = CliProcess.Run("simulate", "replay-2025");
        Assert.True(r.ExitCode == 0, r.ToString());
        var flat = string.Join(" ", r.Stdout.Split('\n').Select(l => l.Trim()));
        Assert.Contains("Components that fell short in the run as written", flat);
        Assert.Contains("automotive-control-unit in JPN, KOR from 2025-11-07", flat);
    }

    [Fact]
    public void Items_json_has_the_contract_fields_and_filters_by_industry()
    {
        var r = CliProcess.Run("items", "--industry", "rare-earths", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var items = r.Json().EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var i in items)
        {
            Assert.Equal("rare-earths", i.GetProperty("industry").GetString());
            foreach (var f in new[] { "id", "name", "kind", "unit" }) Assert.Equal(JsonValueKind.String, i.GetProperty(f).ValueKind);
            Assert.Equal(JsonValueKind.Array, i.GetProperty("hs_codes").ValueKind);
        }
        Assert.Contains(items, i => i.GetProperty("id").GetString() == "ndfeb-magnet-dy");
    }

    [Fact]
    public void An_items_inputs_say_the_unit_each_quantity_counts()
    {
        // Regression: 'items electric-car' printed battery-pack 64 "per unit" with no word that 64 is kWh.
        var json = CliProcess.Run("items", "electric-car", "--format", "json");
        Assert.True(json.ExitCode == 0, json.ToString());
        var pack = json.Json().EnumerateArray().Single(i => i.GetProperty("input").GetString() == "battery-pack");
        Assert.Equal("kWh", pack.GetProperty("unit").GetString());

        var csv = CliProcess.Run("items", "electric-car", "--format", "csv").Stdout.Split('\n');
        Assert.StartsWith("input,quantity_per_unit,unit,", csv[0], StringComparison.Ordinal);
        Assert.Contains(csv, l => l.StartsWith("battery-pack,64,kWh,", StringComparison.Ordinal));
    }

    [Fact]
    public void Shares_of_gallium_show_china_near_99_percent_with_hhi_and_sources()
    {
        var r = CliProcess.Run("shares", "gallium", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var json = r.Json();
        Assert.Equal("gallium", json.GetProperty("item").GetString());
        var china = json.GetProperty("shares").EnumerateArray().Single(s => s.GetProperty("country").GetString() == "CHN");
        Assert.InRange(china.GetProperty("share_pct").GetDouble(), 98, 100);
        Assert.False(string.IsNullOrEmpty(china.GetProperty("source").GetString()));
        Assert.InRange(json.GetProperty("hhi").GetDouble(), 9000, 10000);
        Assert.InRange(json.GetProperty("top3_pct").GetDouble(), 98, 100.01);
    }

    [Theory]
    [InlineData("2025-04-10", "CHN-MOFCOM-2025-18", "in_force")]
    [InlineData("2025-11-15", "CHN-MOFCOM-2025-18", "in_force")]
    [InlineData("2025-11-15", "CHN-MOFCOM-2025-55", "suspended")]
    [InlineData("2025-11-15", "CHN-MOFCOM-2025-58", "suspended")]
    [InlineData("2025-11-15", "CHN-MOFCOM-2025-61", "suspended")]
    [InlineData("2025-11-15", "CHN-MOFCOM-2025-62", "suspended")]
    [InlineData("2025-01-15", "CHN-MOFCOM-2024-46-GA", "in_force")]
    [InlineData("2025-11-15", "CHN-MOFCOM-2024-46-GA", "suspended")]
    public void Controls_report_the_status_of_registry_measures_on_a_date(string date, string id, string status)
    {
        var r = CliProcess.Run("controls", "--as-of", date, "--target", "USA", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var m = r.Json().EnumerateArray().Single(x => x.GetProperty("id").GetString() == id);
        Assert.Equal(status, m.GetProperty("status").GetString());
        foreach (var f in new[] { "issuer", "instrument", "kind", "announced", "effective" }) Assert.Equal(JsonValueKind.String, m.GetProperty(f).ValueKind);
        foreach (var f in new[] { "items", "destinations", "sources" }) Assert.Equal(JsonValueKind.Array, m.GetProperty(f).ValueKind);
    }

    [Fact]
    public void Controls_hs_filter_finds_the_magnet_measures()
    {
        var r = CliProcess.Run("controls", "--as-of", "2025-06-01", "--hs", "850511", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains(r.Json().EnumerateArray(), m => m.GetProperty("id").GetString() == "CHN-MOFCOM-2025-18");
    }

    [Fact]
    public void Chokepoints_json_follows_the_contract()
    {
        var r = CliProcess.Run("chokepoints", "--issuer", "CHN", "--target", "USA", "--as-of", "2025-06-01", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var rows = r.Json().EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        var previous = double.MaxValue;
        foreach (var row in rows)
        {
            var risk = row.GetProperty("output_at_risk_max").GetDouble();
            Assert.InRange(risk, 0, previous);
            previous = risk;
            Assert.InRange(row.GetProperty("dependence_pct").GetDouble(), 0, 100);
            Assert.Equal(JsonValueKind.Array, row.GetProperty("products_affected").ValueKind);
            Assert.True(row.GetProperty("controlled").ValueKind is JsonValueKind.True or JsonValueKind.False);
            Assert.InRange(row.GetProperty("hhi").GetDouble(), 0, 10000);
        }
        Assert.Contains(rows, x => x.GetProperty("item").GetString() == "ndfeb-magnet-dy" && x.GetProperty("controlled").GetBoolean());
    }

    [Fact]
    public void Report_writes_html_with_plots_and_names_its_sources()
    {
        using var dir = new Testing.TempDir();
        var r = CliProcess.RunIn(dir.Path, "report", "--as-of", "2025-11-15", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var html = File.ReadAllText(Path.Combine(dir.Path, "chokepoint-report", "index.html"));
        Assert.Contains("<img src=\"issuer-shares.png\"", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"controls-timeline.png\"", html, StringComparison.Ordinal);
        Assert.Contains("usgs-mcs-2026", html, StringComparison.Ordinal);
        foreach (var png in new[] { "issuer-shares.png", "controls-timeline.png", "exposure-usa.png" })
            Assert.True(new FileInfo(Path.Combine(dir.Path, "chokepoint-report", png)).Length > 10_000, png);
        Assert.DoesNotContain(Directory.GetDirectories(dir.Path), d => Path.GetFileName(d).StartsWith('.'));
        Assert.NotEqual(0, r.Json().GetProperty("exposures").GetArrayLength());

        // The worst-hit table: countries whose figures read the same share a row (European buyers of one world car
        // market), so no product, country and meaning appears twice and the table has room for other products.
        var stress = r.Json();
        var rows = stress.GetProperty("stress_test").GetProperty("rows").EnumerateArray().ToList();
        Assert.InRange(rows.Count, 1, 10);
        Assert.Contains(rows, x => x.GetProperty("countries").GetArrayLength() > 1);
        var pairs = rows.SelectMany(x => x.GetProperty("countries").EnumerateArray().Select(c => (x.GetProperty("item").GetString(), x.GetProperty("as").GetString(), c.GetString()))).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
    }
}
