using System.Text.Json;

namespace Chokepoint.Cli.Tests;

/// <summary>The leverage checks of issue 12 ("Done when") on the embedded default dataset, both directions.</summary>
public sealed class LeverageCliTests
{
    private static List<JsonElement> Rows(params string[] args)
    {
        var r = CliProcess.Run(["leverage", .. args, "--format", "json"]);
        Assert.True(r.ExitCode == 0, r.ToString());
        return r.Json().EnumerateArray().ToList();
    }

    private static JsonElement Row(List<JsonElement> rows, string measure, string item) =>
        rows.Single(r => r.GetProperty("measure").GetString() == measure && r.GetProperty("item").GetString() == item);

    [Fact]
    public void The_reverse_view_values_chinas_chip_tool_purchases_the_us_rules_reach()
    {
        // China buys 49,600 US$ m of tools (SEMI 2024); US makers hold 47% (ITA); the 2022 rule reaches 21% of
        // their sales at a 5% approval rate: 49,600 × 1e6 × 0.47 × 0.21 × 0.95 on both sides, ratio exactly 1.
        var rows = Rows("--issuer", "USA", "--target", "CHN", "--as-of", "2026-01-15", "--basis", "trade-value");
        var sme = Row(rows, "USA-BIS-2022-10-07-SME", "semiconductor-manufacturing-equipment");
        var expected = 49_600 * 1e6 * 0.47 * 0.21 * 0.95;
        Assert.Equal(expected, sme.GetProperty("target_loss_usd").GetDouble(), 0);
        Assert.Equal(expected, sme.GetProperty("issuer_forgone_usd").GetDouble(), 0);
        Assert.Equal(1.0, sme.GetProperty("ratio").GetDouble(), 3);
        Assert.False(sme.GetProperty("ratio_upper_bound").GetBoolean());
        Assert.Equal("unit_value", sme.GetProperty("forgone_basis").GetString());
    }

    [Fact]
    public void On_value_added_chinas_loss_is_the_chips_the_tools_would_make_an_upper_bound_against_the_us_makers_value_added()
    {
        // value_added.csv: China's lost tools end 627.6 / 117.1 = 5.36 US$ of chips a year per US$ (SIA, SEMI) at an
        // assumed 50% value added; US tool makers' value added at least their 47.5% gross margin (Applied Materials).
        var rows = Rows("--issuer", "USA", "--target", "CHN", "--as-of", "2026-01-15");
        var sme = Row(rows, "USA-BIS-2022-10-07-SME", "semiconductor-manufacturing-equipment");
        var stopped = 49_600 * 1e6 * 0.47 * 0.21 * 0.95;
        Assert.Equal("value-added", sme.GetProperty("basis").GetString());
        Assert.Equal(stopped, sme.GetProperty("issuer_exports_stopped_usd").GetDouble(), 0);
        Assert.Equal(stopped * 5.36 * 0.5, sme.GetProperty("target_loss_usd").GetDouble(), 0);
        Assert.Equal(stopped * 0.475, sme.GetProperty("issuer_forgone_usd").GetDouble(), 0);
        Assert.Equal(5.36 * 0.5 / 0.475, sme.GetProperty("ratio").GetDouble(), 3);
        Assert.Equal("upper", sme.GetProperty("ratio_bound").GetString());
    }

    [Fact]
    public void On_value_added_both_sides_of_chinas_magnet_licences_shrink_and_the_ratio_is_approximate()
    {
        // US makers' own value added is 19.2% (cars) to 35.1% (all manufacturing) of the output lost; China's is the
        // magnet stage's 10.5% of the exports stopped plus the oxides' 9.4% of their value inside the magnets (at most
        // 38.45 US$ of the 49.2 US$ a kg: NdPr 0.31 × 1.17 × 61, Dy 0.03 × 224, Tb 0.01 × 965).
        var rows = Rows("--issuer", "CHN", "--target", "USA", "--as-of", "2025-06-01");
        var magnets = Row(rows, "CHN-MOFCOM-2025-18", "ndfeb-magnet-dy");
        var lost = magnets.GetProperty("target_output_lost_usd").GetDouble();
        var stopped = magnets.GetProperty("issuer_exports_stopped_usd").GetDouble();
        Assert.InRange(magnets.GetProperty("target_loss_usd").GetDouble(), (0.192 * lost) - 1, (0.351 * lost) + 1);
        Assert.InRange(magnets.GetProperty("issuer_forgone_usd").GetDouble(), (0.105 * stopped) - 1, (stopped * (0.105 + (0.094 * 38.45 / 49.2))) + 1);
        Assert.Equal("approximate", magnets.GetProperty("ratio_bound").GetString());
        Assert.Contains("ndpr-metal", magnets.GetProperty("issuer_unvalued").EnumerateArray().Select(e => e.GetString()));
        var bad = CliProcess.Run(["leverage", "--issuer", "CHN", "--target", "USA", "--basis", "net"]);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("value-added", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_h20_requirement_costs_china_its_ai_servers_and_nvidia_the_cards_until_licences_came()
    {
        // Spring 2025 (scenario): 1.55 M server slots a year at 20,800 US$, 64.52% of their accelerators
        // US-designed (1.0 M of 1.55 M), no licence; the cards forgone are the same at 12,500 US$ each: ratio 20,800 / 12,500,
        // exact because China's servers use the whole world output of these cards.
        var rows = Rows("--issuer", "USA", "--target", "CHN", "--scenario", "us-chip-controls-2025", "--basis", "trade-value");
        var h20 = Row(rows, "USA-BIS-2025-04-09-H20", "china-grade-ai-accelerator");
        Assert.Equal(1_550_000.0 * 0.6452 * 20_800, h20.GetProperty("target_loss_usd").GetDouble(), 0);
        Assert.Equal(1_550_000.0 * 0.6452 * 12_500, h20.GetProperty("issuer_forgone_usd").GetDouble(), 0);
        Assert.Equal(20_800.0 / 12_500, h20.GetProperty("ratio").GetDouble(), 3);
        Assert.False(h20.GetProperty("ratio_upper_bound").GetBoolean());

        // After the August 2025 licences the requirement no longer stops anything.
        var later = Rows("--issuer", "USA", "--target", "CHN", "--as-of", "2025-10-01", "--basis", "trade-value");
        var after = Row(later, "USA-BIS-2025-04-09-H20", "china-grade-ai-accelerator");
        Assert.Equal(0, after.GetProperty("target_loss_usd").GetDouble());
    }

    [Fact]
    public void On_value_added_the_h20_stop_costs_chinas_server_makers_less_than_nvidia_both_lower_bounds()
    {
        // value_added.csv: China's servers at Inspur's 2024 gross margin (7,859 / 114,767 = 6.85%), the cards at Nvidia's
        // fiscal-2025 gross margin (97,858 / 130,497 = 75.0%); both understate, so the ratio is approximate:
        // 20,800 × 0.0685 / (12,500 × 0.75) = 0.152. The AI services the servers enable are not counted.
        var rows = Rows("--issuer", "USA", "--target", "CHN", "--scenario", "us-chip-controls-2025");
        var h20 = Row(rows, "USA-BIS-2025-04-09-H20", "china-grade-ai-accelerator");
        var cards = 1_550_000.0 * 0.6452;
        Assert.Equal(cards * 20_800 * 0.0685, h20.GetProperty("target_loss_usd").GetDouble(), 0);
        Assert.Equal(cards * 12_500 * 0.75, h20.GetProperty("issuer_forgone_usd").GetDouble(), 0);
        Assert.Equal(20_800 * 0.0685 / (12_500 * 0.75), h20.GetProperty("ratio").GetDouble(), 4);
        Assert.Equal("approximate", h20.GetProperty("ratio_bound").GetString());
        Assert.Empty(h20.GetProperty("target_unvalued").EnumerateArray());
    }

    [Fact]
    public void Forward_ratios_counted_inside_the_dataset_products_only_are_upper_bounds_ranked_last()
    {
        var rows = Rows("--issuer", "CHN", "--target", "USA", "--as-of", "2025-06-01", "--basis", "trade-value");
        var yttria = Row(rows, "CHN-MOFCOM-2025-18", "yttrium-oxide");
        Assert.True(yttria.GetProperty("ratio_upper_bound").GetBoolean());
        var magnets = Row(rows, "CHN-MOFCOM-2025-18", "ndfeb-magnet-dy");
        Assert.False(magnets.GetProperty("ratio_upper_bound").GetBoolean());
        Assert.True(rows.IndexOf(magnets) < rows.IndexOf(yttria));
        var firstBound = rows.FindIndex(r => r.GetProperty("ratio_upper_bound").GetBoolean());
        Assert.All(rows.Skip(firstBound), r => Assert.True(r.GetProperty("ratio_upper_bound").GetBoolean()));
    }

    [Fact]
    public void After_the_review_date_a_suspended_measure_is_shown_in_the_branch_where_its_suspension_lapses()
    {
        // No. 61 was suspended by No. 70 on the review date (2026-04-20); its recorded suspension lapses in
        // November 2026, which no source checked confirms: its rows say it is in force only if the recorded end
        // dates hold (issue 18 §5), and rows of measures in force either way carry both flags.
        var rows = Rows("--issuer", "CHN", "--target", "USA", "--as-of", "2026-11-30");
        var no61 = rows.Where(r => r.GetProperty("measure").GetString() == "CHN-MOFCOM-2025-61").ToList();
        Assert.NotEmpty(no61);
        Assert.All(no61, r =>
        {
            Assert.True(r.GetProperty("branches").GetProperty("if_recorded_end").GetBoolean());
            Assert.False(r.GetProperty("branches").GetProperty("if_extended").GetBoolean());
        });
        Assert.Contains(rows, r => r.GetProperty("measure").GetString() == "CHN-MOFCOM-2025-18" && r.GetProperty("branches").GetProperty("if_extended").GetBoolean());
        var table = CliProcess.Run(["leverage", "--issuer", "CHN", "--target", "USA", "--as-of", "2026-11-30"]);
        Assert.Contains("both branches", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("Unverified", table.Stdout, StringComparison.Ordinal);
    }
}
