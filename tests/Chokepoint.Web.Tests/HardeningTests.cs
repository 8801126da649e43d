using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Chokepoint.Testing;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Chokepoint.Web.Tests;

/// <summary>Issue 23 §3, 4, 14 and 15 in memory: host filtering, readable failures, jobs that fail alone and keep no input.</summary>
public sealed class HardeningTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task A_dns_rebinding_host_is_refused_even_with_a_matching_origin()
    {
        // Reproducer: Host rebind.evil.example:PORT with the same Origin passed the same-origin check.
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/simulations") { Content = JsonContent.Create(new { scenario = "none" }) };
        request.Headers.Host = "rebind.evil.example:5080";
        request.Headers.Add("Origin", "http://rebind.evil.example:5080");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var loopback = new HttpRequestMessage(HttpMethod.Get, "/api/v1/items");
        loopback.Headers.Host = "127.0.0.1:5080";
        (await client.SendAsync(loopback)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_truncated_multipart_body_is_a_400_without_exception_text()
    {
        var client = factory.CreateClient();
        using var content = new StringContent("--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nhalf a fi", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        var response = await client.PostAsync("/api/v1/documents", content);
        var detail = await Problems.AssertProblem(response, HttpStatusCode.BadRequest, "body");
        Assert.DoesNotContain("Exception", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_that_runs_out_of_memory_fails_alone_and_the_server_keeps_serving()
    {
        var board = factory.Services.GetRequiredService<JobBoard>();
        var client = factory.CreateClient();
#pragma warning disable CA2201 // the job stands for one whose allocation failed; allocating for real would hurt the machine
        var job = board.TryEnqueue("simulation", "oom", (_, _) => throw new OutOfMemoryException())!;
#pragma warning restore CA2201
        var state = await WebFactory.WaitForJob(client, job.Id);
        Assert.Equal("failed", state.GetProperty("status").GetString());
        Assert.Contains("ran out of memory", state.GetProperty("error").GetString(), StringComparison.Ordinal);
        var next = board.TryEnqueue("simulation", "ok", (_, _) => Task.FromResult<JsonNode>(new JsonObject { ["ok"] = true }))!;
        Assert.Equal("done", (await WebFactory.WaitForJob(client, next.Id)).GetProperty("status").GetString());
        (await client.GetAsync("/api/v1/items")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_failing_job_shows_no_exception_text()
    {
        var board = factory.Services.GetRequiredService<JobBoard>();
        var job = board.TryEnqueue("simulation", "bug", (_, _) => throw new InvalidCastException("internal detail"))!;
        var state = await WebFactory.WaitForJob(factory.CreateClient(), job.Id);
        Assert.DoesNotContain("internal detail", state.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidCast", state.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finished_ingest_job_keeps_its_result_not_the_uploaded_bytes()
    {
        var client = factory.CreateClient();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("China refines 90% of gallium.")), "files", "g.txt");
        var accepted = await client.PostAsync("/api/v1/documents", form);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await accepted.Content.ReadFromJsonAsync<JsonObject>())!["job_id"]!.GetValue<string>();
        Assert.Equal("done", (await WebFactory.WaitForJob(client, id)).GetProperty("status").GetString());
        var job = factory.Services.GetRequiredService<JobBoard>().Find(id)!;
        Assert.Null(job.Work);
        Assert.InRange(job.HeldBytes, 1, 1 << 20);
    }
}

/// <summary>Finished jobs are bounded by bytes as well as by count.</summary>
public sealed class JobBoundTests
{
    [Fact]
    public async Task Finished_jobs_beyond_the_kept_bytes_are_forgotten_oldest_first()
    {
        var board = new JobBoard(new WebOptions { KeptJobMegabytes = 1, KeptJobs = 200, MaxQueuedJobs = 8 }, TimeProvider.System);
        var big = new string('x', 100_000); // about 0.8 MB held each by the estimate
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var job = board.TryEnqueue("simulation", $"job {i}", (_, _) => Task.FromResult<JsonNode>(new JsonObject { ["data"] = big }))!;
            Assert.True(board.Reader.TryRead(out var next));
            next.Start(DateTimeOffset.UtcNow);
            next.Finish(await next.Work!(next, CancellationToken.None), DateTimeOffset.UtcNow);
            board.Trim();
            ids.Add(job.Id);
        }
        Assert.Null(board.Find(ids[0]));
        Assert.NotNull(board.Find(ids[^1]));
        Assert.True(board.KeptBytes <= 1 << 20, $"kept {board.KeptBytes} bytes");
    }
}

/// <summary>Issue 23 §5, 9, 13 on a real Kestrel listener: body limits per endpoint, the addresses actually bound, readable start errors.</summary>
public sealed class ListenerTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string Db(string name) => Path.Combine(_dir.Path, name + ".db");

    [Fact]
    public async Task A_json_job_body_over_two_megabytes_is_refused_while_uploads_keep_their_limit()
    {
        var app = WebApp.Create(["--urls", "http://127.0.0.1:0", "--Chokepoint:Db", Db("limits")]);
        await WebApp.StartCheckedAsync(app);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var json = "{\"yaml\": \"" + new string('a', 3 * 1024 * 1024) + "\"}";
            var response = await client.PostAsync("/api/v1/simulations", new StringContent(json, Encoding.UTF8, "application/json"));
            await Problems.AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "body");
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("Gallium. " + new string('z', 3 * 1024 * 1024))), "files", "big.txt");
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/v1/documents", form)).StatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Kestrel_endpoints_from_configuration_beyond_loopback_are_refused_after_binding()
    {
        var previous = Environment.GetEnvironmentVariable(WebOptions.KeyVariable);
        Environment.SetEnvironmentVariable(WebOptions.KeyVariable, null);
        try
        {
            // Reproducer: Kestrel__Endpoints__E1__Url=http://0.0.0.0:5093 bound every interface with no key.
            var app = WebApp.Create(["--urls", "http://127.0.0.1:0", "--Kestrel:Endpoints:E1:Url", "http://0.0.0.0:0", "--Chokepoint:Db", Db("kestrel")]);
            var ex = await Assert.ThrowsAsync<WebStartException>(() => WebApp.StartCheckedAsync(app));
            Assert.Contains("0.0.0.0", ex.Message, StringComparison.Ordinal);
            Assert.Contains("--key", ex.Message, StringComparison.Ordinal);
            await app.DisposeAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable(WebOptions.KeyVariable, previous);
        }
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_naming_the_address()
    {
        var first = WebApp.Create(["--urls", "http://127.0.0.1:0", "--Chokepoint:Db", Db("first")]);
        await WebApp.StartCheckedAsync(first);
        try
        {
            var second = WebApp.Create(["--urls", first.Urls.First(), "--Chokepoint:Db", Db("second")]);
            var ex = await Assert.ThrowsAsync<WebStartException>(() => WebApp.StartCheckedAsync(second));
            Assert.Contains("already in use", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("\n", ex.Message, StringComparison.Ordinal);
            // Regression: "cannot listen on : the address …" (the bound list is empty when binding failed).
            Assert.Contains($"cannot listen on {first.Urls.First()}", ex.Message, StringComparison.Ordinal);
            await second.DisposeAsync();
        }
        finally
        {
            await first.StopAsync();
            await first.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/app", "path")]
    [InlineData("ftp://127.0.0.1:5080", "not a URL to listen on")]
    public void A_url_the_server_cannot_listen_on_is_refused_before_starting(string url, string expected)
    {
        var ex = Assert.Throws<WebStartException>(() => WebApp.Create(["--urls", url, "--Chokepoint:Db", Db("url")]));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.False(ex.InvalidData);
    }

    [Fact]
    public void An_ipv4_mapped_loopback_address_counts_as_loopback() =>
        Assert.True(BindPolicy.IsLoopbackOnly(["http://[::ffff:127.0.0.1]:5080"]));

    public void Dispose() => _dir.Dispose();
}

/// <summary>Issue 23 §15: the unlock cookie holds a token derived from the key, never the key.</summary>
public sealed class UnlockCookieTests(KeyedReadsWebFactory factory) : IClassFixture<KeyedReadsWebFactory>
{
    [Fact]
    public async Task The_unlock_cookie_token_opens_reads_and_is_not_the_key()
    {
        var token = AccessKeyHandler.CookieToken(KeyedWebFactory.TheKey);
        Assert.DoesNotContain(KeyedWebFactory.TheKey, token, StringComparison.Ordinal);
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/items");
        request.Headers.Add("Cookie", $"{AccessKeyHandler.Cookie}={token}");
        (await client.SendAsync(request)).EnsureSuccessStatusCode();
        using var raw = new HttpRequestMessage(HttpMethod.Get, "/api/v1/items");
        raw.Headers.Add("Cookie", $"{AccessKeyHandler.Cookie}={KeyedWebFactory.TheKey}");
        await Problems.AssertProblem(await client.SendAsync(raw), HttpStatusCode.Forbidden, WebOptions.KeyHeader);
    }
}
