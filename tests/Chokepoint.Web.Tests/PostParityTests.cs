using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chokepoint.Cli;
using Chokepoint.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Chokepoint.Web.Tests;

/// <summary>
/// Issue 20 §2, the writes and uploads: every POST endpoint of /api/v1 answers with the same JSON as its CLI command's
/// --format json (a job's endpoint: the job's result). The cases must name every POST endpoint; a new one without a
/// case fails <see cref="The_post_parity_cases_cover_every_post_endpoint"/>.
/// </summary>
public sealed class PostParityTests(WebFactory factory) : IClassFixture<WebFactory>, IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Route of each POST endpoint, and the case that compares it with its CLI command.</summary>
    public static TheoryData<string, string> Cases => new()
    {
        { "/api/v1/screen", "screen" },
        { "/api/v1/changes", "changes" },
        { "/api/v1/licences", "licences add" },
        { "/api/v1/licences/{id}/status", "licences update" },
        { "/api/v1/documents", "ingest" },
        { "/api/v1/simulations", "simulate" },
        { "/api/v1/backtests", "backtest" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_api_and_the_cli_give_the_same_json_for_a_post(string route, string command)
    {
        Assert.StartsWith("/api/v1/", route, StringComparison.Ordinal);
        using var client = factory.CreateClient();
        var (api, cli) = command switch
        {
            "screen" => await Screen(client),
            "changes" => await Changes(client),
            "licences add" => await AddLicence(client),
            "licences update" => await UpdateLicence(client),
            "ingest" => await Ingest(client),
            "simulate" => await Job(client, "/api/v1/simulations", new { scenario = "replay-2025", runs = 2, seed = 7 }, "simulate", "replay-2025", "--runs", "2", "--seed", "7"),
            "backtest" => await Job(client, "/api/v1/backtests", new { scenario = "replay-2025", runs = 1, seed = 3 }, "backtest", "replay-2025", "--runs", "1", "--seed", "3"),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "no case"),
        };
        Assert.True(JsonNode.DeepEquals(api, cli), $"API POST {route}:\n{api}\nCLI {command}:\n{cli}");
    }

    [Fact]
    public void The_post_parity_cases_cover_every_post_endpoint()
    {
        using var client = factory.CreateClient();
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(r => r.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(r => "/" + r.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/v1/", StringComparison.Ordinal))
            .ToHashSet();
        var covered = Cases.Select(c => (string)c[0]).ToHashSet();
        Assert.True(routes.Count >= 6, $"only {routes.Count} POST endpoints found: {string.Join(", ", routes)}");
        Assert.Empty(routes.Except(covered));
    }

    private static JsonNode Cli(params string[] args)
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        Assert.True(CliApp.Run([.. args, "--format", "json"], o, e) == 0, $"chokepoint {string.Join(" ", args)}: {e}");
        return JsonNode.Parse(o.ToString())!;
    }

    private static async Task<JsonNode> Body(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    private static MultipartFormDataContent Form(string text, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "parts", "parts.csv" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }

    private string PartsFile()
    {
        var file = Path.Combine(_dir.Path, "parts.csv");
        File.WriteAllText(file, PartsLists.Sample);
        return file;
    }

    private async Task<(JsonNode, JsonNode)> Screen(HttpClient client)
    {
        using var form = Form(PartsLists.Sample, ("destination", "USA"), ("as_of", "2025-10-20"));
        var api = await Body(await client.PostAsync("/api/v1/screen", form), HttpStatusCode.OK);
        return (api, Cli("screen", PartsFile(), "--destination", "USA", "--as-of", "2025-10-20"));
    }

    private async Task<(JsonNode, JsonNode)> Changes(HttpClient client)
    {
        using var form = Form(PartsLists.Sample, ("since", "2025-10-01"), ("until", "2025-11-30"), ("destination", "USA"));
        var api = await Body(await client.PostAsync("/api/v1/changes", form), HttpStatusCode.OK);
        return (api, Cli("changes", "--since", "2025-10-01", "--until", "2025-11-30", "--parts", PartsFile(), "--destination", "USA"));
    }

    // The same application recorded twice in the workspace: once through the API, then through the CLI, which numbers it next.
    private async Task<(JsonNode, JsonNode)> AddLicence(HttpClient client)
    {
        var api = await Body(await client.PostAsJsonAsync("/api/v1/licences", new { item = "ndfeb-magnet-dy", destination = "DEU", filed = "2025-01-20", stock_days = 30, end_user = "Motor GmbH" }), HttpStatusCode.Created);
        var cli = Cli("licences", "add", "--item", "ndfeb-magnet-dy", "--destination", "DEU", "--filed", "2025-01-20", "--stock-days", "30", "--end-user", "Motor GmbH", "--db", factory.DbPath);
        Assert.Equal(api[0]!["id"]!.GetValue<long>() + 1, cli[0]!["id"]!.GetValue<long>());
        cli[0]!["id"] = api[0]!["id"]!.GetValue<long>();
        return (api, cli);
    }

    // One application set to the same status through each surface: both answer with the application as it now stands.
    private async Task<(JsonNode, JsonNode)> UpdateLicence(HttpClient client)
    {
        var added = await Body(await client.PostAsJsonAsync("/api/v1/licences", new { item = "gallium", destination = "USA", filed = "2025-11-03" }), HttpStatusCode.Created);
        var id = added[0]!["id"]!.GetValue<long>().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var api = await Body(await client.PostAsJsonAsync($"/api/v1/licences/{id}/status", new { status = "denied" }), HttpStatusCode.OK);
        return (api, Cli("licences", "update", id, "--status", "denied", "--db", factory.DbPath));
    }

    // A file the workspace already holds: the upload job and 'ingest' both report it unchanged, with its document number.
    private async Task<(JsonNode, JsonNode)> Ingest(HttpClient client)
    {
        var file = Path.Combine(_dir.Path, "gallium-parity.md");
        await File.WriteAllTextAsync(file, JobAndEvidenceApiTests.Article + "\nParity copy.\n");
        Cli("ingest", file, "--db", factory.DbPath);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(file)), "files", "gallium-parity.md" } };
        var api = await JobResult(client, await client.PostAsync("/api/v1/documents", form));
        return (api, Cli("ingest", file, "--db", factory.DbPath));
    }

    private static async Task<(JsonNode, JsonNode)> Job(HttpClient client, string url, object body, params string[] cli)
    {
        var api = await JobResult(client, await client.PostAsJsonAsync(url, body));
        return (api, Cli(cli));
    }

    private static async Task<JsonNode> JobResult(HttpClient client, HttpResponseMessage post)
    {
        var job = await Body(post, HttpStatusCode.Accepted);
        var done = await WebFactory.WaitForJob(client, job["job_id"]!.GetValue<string>());
        Assert.True(done.GetProperty("status").GetString() == "done", done.ToString());
        return JsonNode.Parse(done.GetProperty("result").GetRawText())!;
    }
}
