using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Chokepoint.Web.Tests;

/// <summary>Scenarios, simulation jobs, uploads, documents, search, claims and insights.</summary>
public sealed class JobAndEvidenceApiTests(WebFactory factory) : IClassFixture<WebFactory>
{
    internal const string Article = "# Gallium curbs bite\n\nChina produces 98% of the world's primary gallium, and in 2025 China refines 90% of rare earths. " +
        "On December 3, 2024 China banned exports of gallium to the United States.\n";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Scenarios_list_the_built_ins_with_the_cli_fields()
    {
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/v1/scenarios");
        Assert.True(list.GetArrayLength() > 0);
        Assert.Equal(["name", "title", "start", "horizon_days", "measures", "ad_hoc_controls", "description"], Problems.Names(list[0]));
    }

    [Fact]
    public async Task The_stress_page_of_a_finished_job_states_each_assumption_once()
    {
        // Regression: the page printed the run's notes above the table, and the table printed them again ("Assumed: …").
        var post = await _client.PostAsJsonAsync("/api/v1/simulations", new { scenario = "api-stop-india", runs = 1 });
        var id = (await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("job_id").GetString()!;
        Assert.Equal("done", (await WebFactory.WaitForJob(_client, id)).GetProperty("status").GetString());

        var page = await _client.GetStringAsync($"/stress?job={id}");
        const string note = "paracetamol-tablets bought in USA, DEU: the world mix";
        Assert.Equal(1, page.Split(note).Length - 1);
    }

    [Fact]
    public async Task A_simulation_job_reports_progress_and_ends_with_the_simulate_contract()
    {
        var name = (await _client.GetFromJsonAsync<JsonElement>("/api/v1/scenarios"))[0].GetProperty("name").GetString();
        var post = await _client.PostAsJsonAsync("/api/v1/simulations", new { scenario = name, runs = 3, seed = 7 });
        Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        var job = await post.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["job_id", "kind", "status", "progress", "summary", "created_at", "started_at", "finished_at", "error", "result"], Problems.Names(job));
        Assert.Equal($"/api/v1/jobs/{job.GetProperty("job_id").GetString()}", post.Headers.Location?.OriginalString);
        var done = await WebFactory.WaitForJob(_client, job.GetProperty("job_id").GetString()!);
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal(1.0, done.GetProperty("progress").GetDouble(), 6);
        var result = done.GetProperty("result");
        Assert.Equal(3, result.GetProperty("runs").GetInt32());
        Assert.Equal(7, result.GetProperty("seed").GetInt32());
        var first = result.GetProperty("results")[0];
        Assert.True(first.TryGetProperty("output_fraction_p5", out _));
        var csv = await _client.GetStringAsync($"/api/v1/jobs/{job.GetProperty("job_id").GetString()}/series.csv");
        Assert.StartsWith("item,country,kind,day,date,output_fraction", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_simulation_job_carries_the_price_paths_of_the_cli_and_the_page_shows_them()
    {
        var post = await _client.PostAsJsonAsync("/api/v1/simulations", new { scenario = "replay-2025", runs = 2, seed = 3 });
        var id = (await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("job_id").GetString()!;
        var done = await WebFactory.WaitForJob(_client, id);
        Assert.True("done" == done.GetProperty("status").GetString(), done.ToString());
        var prices = done.GetProperty("result").GetProperty("prices");
        Assert.Contains(prices.EnumerateArray(), p => p.GetProperty("item").GetString() == "dysprosium-oxide");
        var cli = JsonDocument.Parse(CliRunner.Run("simulate", "replay-2025", "--runs", "2", "--seed", "3", "--format", "json")).RootElement;
        Assert.True(JsonElement.DeepEquals(cli.GetProperty("prices"), prices), "the job's prices[] differ from 'simulate --format json'");
        Assert.True(JsonElement.DeepEquals(cli.GetProperty("price_parameters"), done.GetProperty("result").GetProperty("price_parameters")));
        var page = WebUtility.HtmlDecode(await _client.GetStringAsync($"/stress?job={id}"));
        Assert.Contains("id=\"price-paths\"", page, StringComparison.Ordinal);
        Assert.Contains("dysprosium-oxide: prices inside", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulation_errors_name_the_scenario_the_yaml_line_or_the_runs()
    {
        await Problems.AssertProblem(await _client.PostAsJsonAsync("/api/v1/simulations", new { scenario = "no-such" }), HttpStatusCode.NotFound, "scenario");
        await Problems.AssertProblem(await _client.PostAsJsonAsync("/api/v1/simulations", new { }), HttpStatusCode.BadRequest, "scenario");
        var name = (await _client.GetFromJsonAsync<JsonElement>("/api/v1/scenarios"))[0].GetProperty("name").GetString();
        await Problems.AssertProblem(await _client.PostAsJsonAsync("/api/v1/simulations", new { scenario = name, runs = 100000 }), HttpStatusCode.BadRequest, "runs");
        var bad = await _client.PostAsJsonAsync("/api/v1/simulations", new { yaml = "name: x\nstart: 2025-02-30\nhorizon_days: -4\n" });
        await Problems.AssertProblem(bad, HttpStatusCode.BadRequest, "yaml");
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains(errors.EnumerateArray(), e => e.GetProperty("line").GetInt32() >= 2);
    }

    [Fact]
    public async Task A_backtest_job_ends_with_the_backtest_contract_and_a_score()
    {
        var post = await _client.PostAsJsonAsync("/api/v1/backtests", new { scenario = "replay-2025" });
        Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        var id = (await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("job_id").GetString()!;
        var done = await WebFactory.WaitForJob(_client, id);
        Assert.True("done" == done.GetProperty("status").GetString(), done.ToString());
        var result = done.GetProperty("result");
        Assert.False(string.IsNullOrEmpty(result.GetProperty("scenario").GetString()));
        Assert.Equal(["events_hit", "events_total", "median_abs_error_days", "flow_mean_abs_error", "flow_mean_abs_error_fitted",
            "flow_mean_abs_error_after", "magnitude_mae_pp", "magnitude_months"], Problems.Names(result.GetProperty("score")));
        Assert.True(result.GetProperty("score").GetProperty("events_total").GetInt32() > 0);
        await Problems.AssertProblem(await _client.PostAsJsonAsync("/api/v1/backtests", new { scenario = "replay-2025", runs = 0 }), HttpStatusCode.BadRequest, "runs");
        await Problems.AssertProblem(await _client.PostAsJsonAsync("/api/v1/backtests", new { scenario = "no-such" }), HttpStatusCode.NotFound, "scenario");
    }

    [Fact]
    public async Task Unknown_jobs_are_404_problems() =>
        await Problems.AssertProblem(await _client.GetAsync("/api/v1/jobs/feedfacecafebeef"), HttpStatusCode.NotFound, "id");

    [Fact]
    public async Task An_uploaded_document_is_ingested_listed_searchable_and_its_claims_reconciled()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(Article)), "files", "gallium-api.md");
        var post = await _client.PostAsync("/api/v1/documents", form);
        Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        var job = await WebFactory.WaitForJob(_client, (await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("job_id").GetString()!);
        Assert.Equal("done", job.GetProperty("status").GetString());
        var file = job.GetProperty("result").GetProperty("files")[0];
        Assert.Contains(file.GetProperty("status").GetString(), new[] { "stored", "unchanged" });

        var docs = await _client.GetFromJsonAsync<JsonElement>("/api/v1/documents");
        var doc = docs.EnumerateArray().Single(d => d.GetProperty("document").GetString() == "gallium-api.md");
        Assert.Equal(["document_id", "document", "title", "kind", "bytes", "chars", "industries", "claims", "events", "ingested_at"], Problems.Names(doc));

        var hits = await _client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=gallium");
        Assert.Contains(hits.EnumerateArray(), h => h.GetProperty("document").GetString() == "gallium-api.md" && h.GetProperty("snippet").GetString()!.Contains('«'));
        Assert.Equal(["document_id", "document", "title", "rank", "score", "snippet", "industries"], Problems.Names(hits[0]));

        var claims = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/claims?document={doc.GetProperty("document_id").GetInt64()}");
        Assert.True(claims.GetArrayLength() > 0);
        Assert.Contains(claims.EnumerateArray(), c => c.GetProperty("status").GetString() is "agrees" or "conflicts" or "new");
        var insights = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/insights?document={doc.GetProperty("document_id").GetInt64()}");
        Assert.Equal(["document_id", "document", "title", "summary", "industries"], Problems.Names(insights[0]));
    }

    [Theory]
    [InlineData("/api/v1/search", "q")]
    [InlineData("/api/v1/search?q=%22unclosed", "q")]
    [InlineData("/api/v1/search?q=x&limit=0", "limit")]
    [InlineData("/api/v1/documents?industry=astrology", "industry")]
    [InlineData("/api/v1/claims?status=maybe", "status")]
    [InlineData("/api/v1/claims?country=China", "country")]
    public async Task Evidence_query_errors_name_the_parameter(string url, string parameter) =>
        await Problems.AssertProblem(await _client.GetAsync(url), HttpStatusCode.BadRequest, parameter);

    [Fact]
    public async Task An_upload_without_files_or_with_an_oversized_file_is_refused_naming_files()
    {
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        await Problems.AssertProblem(await _client.PostAsync("/api/v1/documents", empty), HttpStatusCode.BadRequest, "files");
        using var big = new MultipartFormDataContent { { new ByteArrayContent(new byte[21 * 1024 * 1024]), "files", "big.txt" } };
        await Problems.AssertProblem(await _client.PostAsync("/api/v1/documents", big), HttpStatusCode.BadRequest, "files");
    }

    [Fact]
    public async Task Writes_from_another_origin_are_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/simulations") { Content = JsonContent.Create(new { scenario = "x" }) };
        request.Headers.Add("Origin", "https://evil.example");
        await Problems.AssertProblem(await _client.SendAsync(request), HttpStatusCode.Forbidden, "Origin");
    }
}
