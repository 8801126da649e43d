using System.Text.Json;
using Chokepoint.Cli;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Chokepoint.Web.Tests;

/// <summary>
/// Issue 20 §2: every GET endpoint of /api/v1 answers with the same JSON as its CLI command's --format json, because
/// both call the same handler. The list below must name every GET endpoint (a job's status excepted: its result is the
/// JSON of simulate, backtest or ingest, compared with the CLI with the POST endpoints in PostParityTests).
/// </summary>
public sealed class ParityTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Db = "{db}";

    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "/api/v1/items", "/api/v1/items?industry=rare-earths&kind=refined", ["items", "--industry", "rare-earths", "--kind", "refined"] },
        { "/api/v1/items/{id}/shares", "/api/v1/items/gallium/shares", ["shares", "gallium"] },
        { "/api/v1/controls", "/api/v1/controls?as_of=2025-11-15&item=gallium", ["controls", "--as-of", "2025-11-15", "--item", "gallium"] },
        { "/api/v1/controls", "/api/v1/controls?as_of=2025-10-20&code=8505111000", ["controls", "--as-of", "2025-10-20", "--code", "8505111000"] },
        { "/api/v1/controls", "/api/v1/controls?as_of=2025-10-20&code=85051100", ["controls", "--as-of", "2025-10-20", "--code", "85051100"] },
        { "/api/v1/controls", "/api/v1/controls?as_of=2025-10-20&code=3D001", ["controls", "--as-of", "2025-10-20", "--code", "3D001"] },
        { "/api/v1/controls/{id}", "/api/v1/controls/CHN-MOFCOM-2023-23?as_of=2025-11-15", ["controls", "show", "CHN-MOFCOM-2023-23", "--as-of", "2025-11-15"] },
        { "/api/v1/exposure/{product}", "/api/v1/exposure/electric-car?to=USA&as_of=2026-06-01", ["exposure", "electric-car", "--to", "USA", "--as-of", "2026-06-01"] },
        { "/api/v1/exposure/{product}", "/api/v1/exposure/fighter-jet?to=USA&from=CHN&made_in=true", ["exposure", "fighter-jet", "--to", "USA", "--from", "CHN", "--made-in"] },
        { "/api/v1/chokepoints", "/api/v1/chokepoints?issuer=CHN&target=EU&as_of=2025-11-15", ["chokepoints", "--issuer", "CHN", "--target", "EU", "--as-of", "2025-11-15"] },
        { "/api/v1/leverage", "/api/v1/leverage?issuer=CHN&target=USA&as_of=2025-10-10", ["leverage", "--issuer", "CHN", "--target", "USA", "--as-of", "2025-10-10"] },
        { "/api/v1/items/{id}/prices", "/api/v1/items/dysprosium-oxide/prices?scenario=replay-2025&runs=5", ["prices", "dysprosium-oxide", "--scenario", "replay-2025", "--runs", "5"] },
        { "/api/v1/scenarios", "/api/v1/scenarios", ["scenarios"] },
        { "/api/v1/documents", "/api/v1/documents", ["documents", "--db", Db] },
        { "/api/v1/search", "/api/v1/search?q=gallium&limit=20", ["search", "gallium", "--limit", "20", "--db", Db] },
        { "/api/v1/claims", "/api/v1/claims", ["claims", "--db", Db] },
        { "/api/v1/insights", "/api/v1/insights", ["insights", "--db", Db] },
        { "/api/v1/insights", "/api/v1/insights?limit=1&offset=1", ["insights", "--limit", "1", "--offset", "1", "--db", Db] },
        { "/api/v1/insights/{industry}", "/api/v1/insights/rare-earths", ["insights", "--industry", "rare-earths", "--db", Db] },
        { "/api/v1/claims", "/api/v1/claims?limit=2&offset=1&country=CHN", ["claims", "--limit", "2", "--offset", "1", "--country", "CHN", "--db", Db] },
        { "/api/v1/documents", "/api/v1/documents?limit=1&offset=1", ["documents", "--limit", "1", "--offset", "1", "--db", Db] },
        { "/api/v1/changes", "/api/v1/changes?since=2025-10-01&until=2025-11-30", ["changes", "--since", "2025-10-01", "--until", "2025-11-30"] },
        { "/api/v1/licences", "/api/v1/licences", ["licences", "list", "--db", Db] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_api_and_the_cli_give_the_same_json(string route, string url, string[] cli)
    {
        Assert.StartsWith("/api/v1/", route, StringComparison.Ordinal);
        using var client = factory.CreateClient();
        Seed(factory.DbPath);
        var api = await client.GetStringAsync(url);
        var args = cli.Select(a => a == Db ? factory.DbPath : a).Concat(["--format", "json"]).ToArray();
        using var o = new StringWriter();
        using var e = new StringWriter();
        Assert.True(CliApp.Run(args, o, e) == 0, $"chokepoint {string.Join(" ", args)}: {e}");
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(o.ToString()).RootElement, JsonDocument.Parse(api).RootElement), $"API {url}:\n{api}\nCLI:\n{o}");
    }

    // Two documents with claims and events, so the evidence lists, their pages and the insights have rows to compare
    // (the same content is stored once, so every case may call this).
    private static void Seed(string db)
    {
        using var ws = Chokepoint.Evidence.Store.Workspace.Open(db);
        ws.Ingest("gallium.md", System.Text.Encoding.UTF8.GetBytes(JobAndEvidenceApiTests.Article));
        ws.Ingest("magnets.md", "# Magnets\n\nChina mines 70% of the world's rare earth ore and makes 90% of NdFeB magnets. The United States mines 12% of rare earth ore.\n\nIn April 2025 China's Ministry of Commerce imposed licences on exports of rare earth magnets.\n"u8);
    }

    [Fact]
    public void The_parity_cases_cover_every_get_endpoint_but_the_jobs()
    {
        using var client = factory.CreateClient();
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(r => r.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(r => "/" + r.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/v1/", StringComparison.Ordinal) && !r.StartsWith("/api/v1/jobs/", StringComparison.Ordinal))
            .ToHashSet();
        var covered = Cases.Select(c => (string)c[0]).ToHashSet();
        Assert.True(routes.Count >= 12, $"only {routes.Count} GET endpoints found: {string.Join(", ", routes)}");
        Assert.Empty(routes.Except(covered));
    }
}
