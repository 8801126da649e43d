using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Chokepoint.Web.Tests;

/// <summary>Contracts and errors of items, shares, controls, exposure and chokepoints.</summary>
public sealed class DatasetApiTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Items_carry_the_cli_fields_and_filter_by_industry_and_kind()
    {
        var items = await _client.GetFromJsonAsync<JsonElement>("/api/v1/items?industry=rare-earths&kind=refined");
        Assert.True(items.GetArrayLength() > 0);
        foreach (var i in items.EnumerateArray())
        {
            Assert.Equal(["id", "name", "kind", "unit", "industry", "hs_codes"], Problems.Names(i));
            Assert.Equal("refined", i.GetProperty("kind").GetString());
            Assert.Equal("rare-earths", i.GetProperty("industry").GetString());
        }
    }

    [Fact]
    public async Task Items_with_an_unknown_kind_name_the_kind_parameter()
    {
        var detail = await Problems.AssertProblem(await _client.GetAsync("/api/v1/items?kind=mineral"), HttpStatusCode.BadRequest, "kind");
        Assert.Contains("refined", detail, StringComparison.Ordinal);
        await Problems.AssertProblem(await _client.GetAsync("/api/v1/items?industry=cheese"), HttpStatusCode.BadRequest, "industry");
    }

    [Fact]
    public async Task Shares_of_gallium_put_china_first_with_source_and_confidence()
    {
        var s = await _client.GetFromJsonAsync<JsonElement>("/api/v1/items/gallium/shares");
        Assert.Equal(["item", "year", "hhi", "top3_pct", "shares"], Problems.Names(s));
        var first = s.GetProperty("shares")[0];
        Assert.Equal(["country", "share_pct", "source", "confidence", "basis", "proxy"], Problems.Names(first));
        Assert.Equal("CHN", first.GetProperty("country").GetString());
        Assert.InRange(first.GetProperty("share_pct").GetDouble(), 90, 100);
    }

    [Fact]
    public async Task Shares_errors_name_the_item_or_the_year()
    {
        await Problems.AssertProblem(await _client.GetAsync("/api/v1/items/unobtainium/shares"), HttpStatusCode.NotFound, "id");
        await Problems.AssertProblem(await _client.GetAsync("/api/v1/items/gallium/shares?year=1901"), HttpStatusCode.NotFound, "year");
        await Problems.AssertProblem(await _client.GetAsync("/api/v1/items/gallium/shares?year=soon"), HttpStatusCode.BadRequest, "year");
    }

    [Fact]
    public async Task Controls_on_a_date_carry_status_and_filter_by_hs_and_target()
    {
        var rows = await _client.GetFromJsonAsync<JsonElement>("/api/v1/controls?as_of=2025-11-15&item=gallium");
        Assert.True(rows.GetArrayLength() > 0);
        var first = rows[0];
        Assert.Equal(["id", "issuer", "instrument", "kind", "announced", "effective", "status", "status_if_unchanged", "reviewed_through", "items", "destinations", "sources", "end_uses", "targets", "matched_codes"], Problems.Names(first));
        var magnets = await _client.GetFromJsonAsync<JsonElement>("/api/v1/controls?as_of=2025-11-15&hs=850511&target=USA");
        Assert.True(magnets.GetArrayLength() > 0);
        var before = await _client.GetFromJsonAsync<JsonElement>("/api/v1/controls?as_of=2020-01-01&item=gallium");
        Assert.True(before.GetArrayLength() < rows.GetArrayLength());
    }

    [Theory]
    [InlineData("as_of=2025-13-01", "as_of")]
    [InlineData("hs=85x", "hs")]
    [InlineData("issuer=XXX", "issuer")]
    [InlineData("target=Atlantis", "target")]
    [InlineData("status=paused", "status")]
    public async Task Controls_errors_name_the_parameter(string query, string parameter) =>
        await Problems.AssertProblem(await _client.GetAsync("/api/v1/controls?" + query), HttpStatusCode.BadRequest, parameter);

    [Theory]
    [InlineData("85059029", "85051100 (eu-cn8)")]
    [InlineData("3D099", "3D001 (eu-annex1)")]
    public async Task Unknown_eu_code_is_refused_with_the_nearest_known_codes_and_their_systems(string code, string expected)
    {
        var detail = await Problems.AssertProblem(await _client.GetAsync("/api/v1/controls?code=" + code), HttpStatusCode.NotFound, "code");
        Assert.Contains(expected, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exposure_under_a_cut_off_has_the_cli_fields_and_a_limiting_path()
    {
        var e = await _client.GetFromJsonAsync<JsonElement>("/api/v1/exposure/fighter-jet?to=USA&from=CHN");
        Assert.Equal(["item", "importer", "as_of", "blocked", "output_at_risk", "inputs", "limiting_path", "review_note", "semantics", "end_use", "branches"], Problems.Names(e));
        Assert.Equal(JsonValueKind.Null, e.GetProperty("as_of").ValueKind);
        Assert.InRange(e.GetProperty("output_at_risk").GetDouble(), 0.5, 1.0);
        Assert.Equal("fighter-jet", e.GetProperty("limiting_path")[0].GetString());
        Assert.Equal(["item", "share_blocked", "available"], Problems.Names(e.GetProperty("inputs")[0]));
    }

    [Fact]
    public async Task Exposure_on_a_date_before_any_measure_is_zero_and_later_is_not()
    {
        var before = await _client.GetFromJsonAsync<JsonElement>("/api/v1/exposure/electric-car?to=USA&as_of=2019-01-01");
        var after = await _client.GetFromJsonAsync<JsonElement>("/api/v1/exposure/electric-car?to=USA&as_of=2025-10-10");
        Assert.Equal(0.0, before.GetProperty("output_at_risk").GetDouble(), 9);
        Assert.True(after.GetProperty("output_at_risk").GetDouble() > 0.01);
        Assert.Equal("2025-10-10", after.GetProperty("as_of").GetString());
    }

    [Theory]
    [InlineData("/api/v1/exposure/fighter-jet", HttpStatusCode.BadRequest, "to")]
    [InlineData("/api/v1/exposure/fighter-jet?to=USA&from=CHN&as_of=2025-01-01", HttpStatusCode.BadRequest, "from")]
    [InlineData("/api/v1/exposure/warp-drive?to=USA&from=CHN", HttpStatusCode.NotFound, "product")]
    [InlineData("/api/v1/exposure/fighter-jet?to=USA&as_of=2025-01-01&approval_rate=2", HttpStatusCode.BadRequest, "approval_rate")]
    [InlineData("/api/v1/exposure/fighter-jet?to=USA&as_of=2025-01-01&items=gallium", HttpStatusCode.BadRequest, "items")]
    public async Task Exposure_errors_name_the_parameter(string url, HttpStatusCode status, string parameter) =>
        await Problems.AssertProblem(await _client.GetAsync(url), status, parameter);

    [Fact]
    public async Task Chokepoints_rank_items_for_china_and_the_eu_group()
    {
        var rows = await _client.GetFromJsonAsync<JsonElement>("/api/v1/chokepoints?issuer=CHN&target=EU&as_of=2025-11-15");
        Assert.True(rows.GetArrayLength() > 3);
        Assert.Equal(["item", "dependence_pct", "output_at_risk_max", "products_affected", "controlled", "hhi", "dependence_basis", "dependence_is_proxy"], Problems.Names(rows[0]));
        Assert.True(rows[0].GetProperty("output_at_risk_max").GetDouble() >= rows[1].GetProperty("output_at_risk_max").GetDouble());
        await Problems.AssertProblem(await _client.GetAsync("/api/v1/chokepoints?issuer=CHN&target=Mars"), HttpStatusCode.BadRequest, "target");
        await Problems.AssertProblem(await _client.GetAsync("/api/v1/chokepoints?target=USA"), HttpStatusCode.BadRequest, "issuer");
    }

    [Fact]
    public async Task Exposure_json_equals_the_cli_json()
    {
        var api = await _client.GetStringAsync("/api/v1/exposure/fighter-jet?to=USA&from=CHN");
        var cli = CliRunner.Run("exposure", "fighter-jet", "--to", "USA", "--from", "CHN", "--format", "json");
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(cli).RootElement, JsonDocument.Parse(api).RootElement), $"API:\n{api}\nCLI:\n{cli}");
    }

    [Fact]
    public async Task OpenApi_document_lists_every_endpoint()
    {
        var doc = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var p in new[] { "/api/v1/items", "/api/v1/items/{id}/shares", "/api/v1/controls", "/api/v1/exposure/{product}", "/api/v1/chokepoints", "/api/v1/leverage",
                     "/api/v1/scenarios", "/api/v1/simulations", "/api/v1/jobs/{id}", "/api/v1/documents", "/api/v1/search", "/api/v1/claims", "/api/v1/insights" })
            Assert.Contains(p, paths);
        var reference = await _client.GetStringAsync("/api");
        Assert.Contains("/api/v1/exposure/{product}", reference, StringComparison.Ordinal);
        Assert.Contains("<code>/api/v1/leverage</code>", reference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_answer_with_a_csp_that_forbids_inline_script()
    {
        var r = await _client.GetAsync("/");
        r.EnsureSuccessStatusCode();
        var csp = r.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline';", csp.Split("style-src")[0], StringComparison.Ordinal);
        var html = await r.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
