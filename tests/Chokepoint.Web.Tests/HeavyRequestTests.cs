using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Chokepoint.Evidence.Store;
using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Chokepoint.Web.Tests;

/// <summary>
/// Issue 23 load: with 200 clients and four hostile searches, exposure waited behind searches and claim pages (p99 5–18 s).
/// Searches and the other workspace reads now run a bounded number at a time, the rest queued; cheap answers pass them.
/// Functional checks only (no timing): the test holds every permit itself.
/// </summary>
public sealed class HeavyRequestTests : IClassFixture<HeavyRequestTests.Factory>
{
    private readonly Factory _factory;
    private readonly HttpClient _client;

    public HeavyRequestTests(Factory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
        _client = factory.CreateClient();
        factory.Seed();
    }

    /// <summary>One running request per pool and two queued; a workspace of two documents with claims that agree, conflict and are new.</summary>
    public sealed class Factory : WebFactory
    {
        private int _seeded;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Chokepoint:HeavyRunning", "1");
            builder.UseSetting("Chokepoint:HeavyQueued", "2");
        }

        public void Seed()
        {
            if (Interlocked.Exchange(ref _seeded, 1) == 1) return;
            using var ws = Workspace.Open(DbPath);
            for (var d = 0; d < 2; d++)
            {
                var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# Rare earth report {d}\n\n");
                for (var i = 0; i < 12; i++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"China mines {60 + i % 4 * 10}% of the world's rare earth ore, note {d}.{i}.\n\n");
                    if (i % 3 == 0) text.Append(CultureInfo.InvariantCulture, $"Congo refines 70% of the world's cobalt, note {d}.{i}.\n\n");
                }
                ws.Ingest($"report-{d}.md", Encoding.UTF8.GetBytes(text.ToString()));
            }
        }
    }

    private HeavyRequests Pools => _factory.Services.GetRequiredService<HeavyRequests>();

    [Fact]
    public async Task Exposure_is_answered_while_every_heavy_request_slot_is_taken()
    {
        using var search = await Pools.Search.AcquireAsync(1);
        using var reads = await Pools.Reads.AcquireAsync(1);
        Assert.True(search.IsAcquired && reads.IsAcquired);
        var claims = _client.GetAsync("/api/v1/claims?status=agrees");

        using var exposure = await _client.GetAsync("/api/v1/exposure/electric-car?to=USA&as_of=2025-10-10");
        using var items = await _client.GetAsync("/api/v1/items");

        Assert.Equal(HttpStatusCode.OK, exposure.StatusCode);
        Assert.Equal(HttpStatusCode.OK, items.StatusCode);
        Assert.False(claims.IsCompleted);
        reads.Dispose();
        using var answered = await claims;
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    [Fact]
    public async Task A_request_beyond_the_queue_gets_503_with_retry_after()
    {
        using var reads = await Pools.Reads.AcquireAsync(1);
        var queued = new[] { _client.GetAsync("/api/v1/documents"), _client.GetAsync("/api/v1/documents") };
        await WaitUntil(() => Pools.Reads.GetStatistics()!.CurrentQueuedCount == 2);

        using var refused = await _client.GetAsync("/api/v1/claims");

        await Problems.AssertProblem(refused, HttpStatusCode.ServiceUnavailable, "queue");
        Assert.Equal(TimeSpan.FromSeconds(HeavyRequests.RetryAfterSeconds), refused.Headers.RetryAfter?.Delta);
        reads.Dispose();
        foreach (var r in await Task.WhenAll(queued)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    [Fact]
    public async Task A_queued_search_whose_client_goes_away_leaves_the_queue()
    {
        using var search = await Pools.Search.AcquireAsync(1);
        using var cancel = new CancellationTokenSource();
        var abandoned = _client.GetAsync("/api/v1/search?q=china", cancel.Token);
        await WaitUntil(() => Pools.Search.GetStatistics()!.CurrentQueuedCount == 1);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        await WaitUntil(() => Pools.Search.GetStatistics()!.CurrentQueuedCount == 0);
        search.Dispose();
        using var next = await _client.GetAsync("/api/v1/search?q=china");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Theory]
    [InlineData("status=agrees")]
    [InlineData("status=conflicts")]
    [InlineData("status=new")]
    [InlineData("country=CHN&status=conflicts")]
    [InlineData("item=rare-earth-ore")]
    public async Task A_filtered_claims_page_holds_the_rows_of_the_unfiltered_list_that_pass(string filter)
    {
        var all = (await _client.GetFromJsonAsync<JsonElement>("/api/v1/claims?limit=1000")).EnumerateArray().ToList();
        var conditions = filter.Split('&').Select(p => p.Split('=')).ToList();
        var expected = all.Where(c => conditions.All(kv => c.GetProperty(kv[0]).GetString() == kv[1])).Select(Key).ToList();

        var page = (await _client.GetFromJsonAsync<JsonElement>($"/api/v1/claims?{filter}&limit=1000")).EnumerateArray().Select(Key).ToList();
        var second = (await _client.GetFromJsonAsync<JsonElement>($"/api/v1/claims?{filter}&limit=3&offset=2")).EnumerateArray().Select(Key).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, page);
        Assert.Equal(expected.Skip(2).Take(3), second);
    }

    private static string Key(JsonElement claim) => claim.GetProperty("document").GetString() + "|" + claim.GetProperty("sentence").GetString();

    // Polls a condition that the test itself brings about (a request reaching the queue); 30 s at most, then fails.
    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 3000 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }
}
