using System.Text.Json;
using Chokepoint.Testing;

namespace Chokepoint.Cli.Tests;

/// <summary>The price checks of issue 19 ("Done when") on the embedded default dataset.</summary>
public sealed class PricesCliTests
{
    private static JsonElement Prices(params string[] args)
    {
        var r = CliProcess.Run(["prices", .. args, "--format", "json"]);
        Assert.True(r.ExitCode == 0, r.ToString());
        return r.Json();
    }

    private static JsonElement Ratio(JsonElement json, string month) =>
        json.GetProperty("ratio").EnumerateArray().Single(r => r.GetProperty("month").GetString() == month);

    [Fact]
    public void Dysprosium_oxide_in_europe_trades_near_four_times_chinas_price_in_may_2025()
    {
        var json = Prices("dysprosium-oxide", "--scenario", "replay-2025", "--runs", "3");

        Assert.Equal("CHN", json.GetProperty("issuer").GetString());
        var may = Ratio(json, "2025-05");
        // Observed: Argus Europe 700-1000 USD/kg over SMM 1.61-1.62 million yuan/t at 0.13717 USD/yuan (sourced, computed mid-points).
        Assert.Equal(850 / (1_615_000 * 0.13717 / 1000), may.GetProperty("observed").GetDouble(), 3);
        Assert.True(may.GetProperty("fitted").GetBoolean());
        Assert.InRange(may.GetProperty("modelled").GetDouble(), 2.5, 5.0);
        Assert.Contains(json.GetProperty("modelled").EnumerateArray(), p => p.GetProperty("market").GetString() == "outside" && p.GetProperty("months").GetArrayLength() == 12);
    }

    [Fact]
    public void Yttrium_oxide_is_scored_in_a_month_after_the_cut_off_the_fit_never_saw()
    {
        var json = Prices("yttrium-oxide", "--runs", "1");

        var november = Ratio(json, "2025-11");
        Assert.False(november.GetProperty("fitted").GetBoolean());
        Assert.True(json.GetProperty("ratio_error_later_pct").GetDouble() > 0);
        // The record: 6 USD/kg in January, 220-320 in late November 2025: thousands of percent; the model must rise by more than tenfold.
        var outside = json.GetProperty("modelled").EnumerateArray().Single(p => p.GetProperty("market").GetString() == "outside");
        var usd = outside.GetProperty("usd_per_kg").EnumerateArray().Select(v => v.GetDouble()).ToList();
        Assert.True(usd[10] / usd[0] > 10, $"January {usd[0]}, November {usd[10]}");
    }

    [Fact]
    public void An_item_without_observed_prices_is_refused_with_the_priced_items_named()
    {
        var r = CliProcess.Run("prices", "gallium");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("dysprosium-oxide", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plot_is_written_as_svg_when_the_file_name_says_so()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "dy.svg");

        var r = CliProcess.Run("prices", "dysprosium-oxide", "--runs", "1", "--plot", file);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("<svg", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Mitigate_values_dy_grade_magnets_above_light_ones_once_the_crisis_lifts_oxide_prices()
    {
        var r = CliProcess.Run("mitigate", "rare-earth-embargo", "--target", "USA", "--product", "conventional-car", "--runs", "3", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var lines = r.Json().GetProperty("stockpile").EnumerateArray().ToDictionary(l => l.GetProperty("item").GetString()!);

        var dy = lines["ndfeb-magnet-dy"];
        var light = lines["ndfeb-magnet-light"];
        // Before: the customs all-magnet unit value (49.2 USD/kg); during: plus 0.03 kg Dy and 0.01 kg Tb oxide per kg at their modelled outside rise.
        Assert.Equal(49.2, dy.GetProperty("usd_per_unit_before").GetDouble(), 6);
        Assert.True(dy.GetProperty("usd_per_unit_during").GetDouble() > 49.2 + 10, dy.ToString());
        Assert.Equal(light.GetProperty("usd_per_unit_before").GetDouble(), light.GetProperty("usd_per_unit_during").GetDouble(), 6);
        Assert.Contains("dysprosium-oxide", dy.GetProperty("price_basis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_coefficient_fitted_to_zero_is_written_0_not_minus_0()
    {
        // Regression: "ln P_in by −0 × exports no longer allowed out".
        var r = CliProcess.Run("prices", "yttrium-oxide", "--runs", "1");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("ln P_in by ", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("−0 ×", r.Stdout, StringComparison.Ordinal);
    }
}
