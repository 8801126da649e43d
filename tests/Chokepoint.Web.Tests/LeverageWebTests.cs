using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Chokepoint.Web.Tests;

/// <summary>GET /api/v1/leverage and the /leverage page: the CLI's fields and order, its notes, its errors.</summary>
public sealed class LeverageWebTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Api_rows_carry_the_cli_fields_on_the_value_added_basis_ranked_with_upper_bounds_last()
    {
        var rows = (await _client.GetFromJsonAsync<JsonElement>("/api/v1/leverage?issuer=CHN&target=USA&as_of=2025-06-01")).EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(
            ["measure", "item", "target_loss_usd", "issuer_forgone_usd", "issuer_export_share_pct", "ratio", "forgone_basis", "ratio_upper_bound", "branches",
             "basis", "issuer_windfall_usd", "issuer_net_usd", "ratio_bound", "target_output_lost_usd", "issuer_exports_stopped_usd", "windfall_basis",
             "target_unvalued", "issuer_unvalued"], Problems.Names(r)));
        Assert.All(rows, r => Assert.Equal("value-added", r.GetProperty("basis").GetString()));
        var magnets = rows.Single(r => r.GetProperty("measure").GetString() == "CHN-MOFCOM-2025-18" && r.GetProperty("item").GetString() == "ndfeb-magnet-dy");
        Assert.True(magnets.GetProperty("target_loss_usd").GetDouble() < magnets.GetProperty("target_output_lost_usd").GetDouble());
        Assert.True(magnets.GetProperty("issuer_forgone_usd").GetDouble() < magnets.GetProperty("issuer_exports_stopped_usd").GetDouble());
        var firstBound = rows.FindIndex(r => r.GetProperty("ratio_upper_bound").GetBoolean());
        if (firstBound >= 0) Assert.All(rows.Skip(firstBound), r => Assert.True(r.GetProperty("ratio_upper_bound").GetBoolean()));
        var ranked = rows.Take(firstBound < 0 ? rows.Count : firstBound).Where(r => r.GetProperty("ratio").ValueKind == JsonValueKind.Number).Select(r => r.GetProperty("ratio").GetDouble()).ToList();
        Assert.Equal(ranked.OrderDescending(), ranked);
        var trade = (await _client.GetFromJsonAsync<JsonElement>("/api/v1/leverage?issuer=CHN&target=USA&as_of=2025-06-01&basis=trade-value")).EnumerateArray().ToList();
        Assert.All(trade, r => Assert.Equal(r.GetProperty("target_output_lost_usd").GetDouble(), r.GetProperty("target_loss_usd").GetDouble()));
        await Problems.AssertProblem(await _client.GetAsync("/api/v1/leverage?issuer=CHN&target=USA&basis=net"), HttpStatusCode.BadRequest, "basis");
    }

    [Fact]
    public async Task Api_scenario_json_equals_the_cli_json_and_lists_the_h20_requirement()
    {
        var api = await _client.GetStringAsync("/api/v1/leverage?issuer=USA&target=CHN&scenario=us-chip-controls-2025");
        var cli = CliRunner.Run("leverage", "--issuer", "USA", "--target", "CHN", "--scenario", "us-chip-controls-2025", "--format", "json");
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(cli).RootElement, JsonDocument.Parse(api).RootElement), $"API:\n{api}\nCLI:\n{cli}");
        var rows = JsonDocument.Parse(api).RootElement.EnumerateArray();
        var h20 = rows.Single(r => r.GetProperty("measure").GetString() == "USA-BIS-2025-04-09-H20" && r.GetProperty("item").GetString() == "china-grade-ai-accelerator");
        // value_added.csv values both sides (Inspur's and Nvidia's gross margins): nothing is left unvalued, both sides are lower bounds.
        Assert.Empty(h20.GetProperty("target_unvalued").EnumerateArray());
        Assert.Empty(h20.GetProperty("issuer_unvalued").EnumerateArray());
        Assert.Equal("approximate", h20.GetProperty("ratio_bound").GetString());
        Assert.True(h20.GetProperty("target_output_lost_usd").GetDouble() > h20.GetProperty("issuer_exports_stopped_usd").GetDouble());
    }

    [Theory]
    [InlineData("issuer=CHN&target=CHN", "target", "two different countries")]
    [InlineData("issuer=CHN&target=USA&as_of=2025-06-01&scenario=replay-2025", "as_of", "not both")]
    [InlineData("issuer=ZZZ&target=USA", "issuer", "ISO3")]
    [InlineData("issuer=CHN&target=USA&as_of=June", "as_of", "YYYY-MM-DD")]
    public async Task Api_bad_input_is_a_400_naming_the_parameter_and_what_was_expected(string query, string parameter, string expected)
    {
        var detail = await Problems.AssertProblem(await _client.GetAsync("/api/v1/leverage?" + query), HttpStatusCode.BadRequest, parameter);
        Assert.Contains(expected, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_scenario_is_a_404_naming_the_built_ins_as_for_simulations()
    {
        var detail = await Problems.AssertProblem(await _client.GetAsync("/api/v1/leverage?issuer=CHN&target=USA&scenario=no-such-scenario"), HttpStatusCode.NotFound, "scenario");
        Assert.Contains("replay-2025", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_shows_the_handlers_table_with_linked_rows_the_basis_and_the_cited_figures()
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/leverage?issuer=CHN&target=USA&as_of=2025-06-01"));
        Assert.Contains("<a href=\"/controls/CHN-MOFCOM-2025-18\">CHN-MOFCOM-2025-18</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/items/yttrium-oxide\">yttrium-oxide</a>", html, StringComparison.Ordinal);
        Assert.Contains("value added, computed, US$ a year", html, StringComparison.Ordinal);
        foreach (var line in new[] { "Basis: value added, both sides", "Value added ndfeb-magnet-dy (CHN): 10.5% of output", "Value added conventional-car (USA): 19.2% of output" })
            Assert.Contains(line, html, StringComparison.Ordinal);
        Assert.Contains("adamas-re-prices-2025", html, StringComparison.Ordinal);
        Assert.Contains("id=\"leverage-chart\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"review-notice\"", html, StringComparison.Ordinal);
        var gross = WebUtility.HtmlDecode(await _client.GetStringAsync("/leverage?issuer=CHN&target=USA&as_of=2025-06-01&basis=gross-output"));
        Assert.Contains("gross output, computed, US$ a year", gross, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_for_a_date_after_the_review_says_which_measures_are_unverified()
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/leverage?issuer=CHN&target=USA&as_of=2026-11-30"));
        Assert.Matches("id=\"review-notice\">Unverified: the registry was reviewed through ", html);
    }

    [Fact]
    public async Task Page_with_bad_input_says_what_was_expected_and_defaults_to_china_over_the_us()
    {
        var bad = WebUtility.HtmlDecode(await _client.GetStringAsync("/leverage?issuer=USA&target=USA"));
        Assert.Contains("id=\"leverage-error\">issuer and target are both USA; expected two different countries", bad, StringComparison.Ordinal);
        var plain = WebUtility.HtmlDecode(await _client.GetStringAsync("/leverage"));
        Assert.Contains("Leverage of CHN over USA (measures of CHN in force on ", plain, StringComparison.Ordinal);
    }
}
