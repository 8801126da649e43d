using System.Net;
using System.Net.Http.Json;
using Chokepoint.Web.Hosting;

namespace Chokepoint.Web.Tests;

/// <summary>Loopback by default; a key keys the writes (and the reads when asked).</summary>
public sealed class AccessKeyTests(KeyedWebFactory keyed) : IClassFixture<KeyedWebFactory>
{
    [Fact]
    public async Task With_a_key_writes_need_it_and_reads_stay_open()
    {
        var client = keyed.CreateClient();
        (await client.GetAsync("/api/v1/items")).EnsureSuccessStatusCode();
        await Problems.AssertProblem(await client.PostAsJsonAsync("/api/v1/simulations", new { scenario = "none" }), HttpStatusCode.Forbidden, WebOptions.KeyHeader);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/v1/simulations") { Content = JsonContent.Create(new { scenario = "none" }) };
        wrong.Headers.Add(WebOptions.KeyHeader, "guess");
        await Problems.AssertProblem(await client.SendAsync(wrong), HttpStatusCode.Forbidden, WebOptions.KeyHeader);
        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/v1/simulations") { Content = JsonContent.Create(new { scenario = "none" }) };
        right.Headers.Add(WebOptions.KeyHeader, KeyedWebFactory.TheKey);
        // Past the key check, the scenario itself is judged.
        await Problems.AssertProblem(await client.SendAsync(right), HttpStatusCode.NotFound, "scenario");
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", null, true)]
    [InlineData("http://localhost:5080", null, true)]
    [InlineData("http://[::1]:5080", null, true)]
    [InlineData("http://0.0.0.0:5080", null, false)]
    [InlineData("http://*:5080", null, false)]
    [InlineData("http://192.168.1.10:5080", "short", false)]
    [InlineData("http://192.168.1.10:5080", "a-long-enough-key", true)]
    public void Binding_beyond_loopback_needs_a_key(string url, string? key, bool allowed) =>
        Assert.Equal(allowed, BindPolicy.Refusal([url], key) is null);

    [Fact]
    public void Serve_on_all_interfaces_without_a_key_exits_1_naming_the_key_option()
    {
        var (exit, _, stderr) = CliRunner.RunRaw("serve", "--urls", "http://0.0.0.0:5082", "--db", keyed.DbPath + ".serve");
        Assert.Equal(1, exit);
        Assert.Contains("--key", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Starting_on_all_interfaces_without_a_key_is_refused_with_the_reason()
    {
        var previous = Environment.GetEnvironmentVariable(WebOptions.KeyVariable);
        Environment.SetEnvironmentVariable(WebOptions.KeyVariable, null);
        try
        {
            var ex = Assert.Throws<WebStartException>(() => WebApp.Create(["--urls", "http://0.0.0.0:5081", "--Chokepoint:Db", keyed.DbPath + ".other"]));
            Assert.Contains("--key", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(WebOptions.KeyVariable, previous);
        }
    }
}

/// <summary>Keyed reads: every request presents the key.</summary>
public sealed class KeyedReadsTests(KeyedReadsWebFactory factory) : IClassFixture<KeyedReadsWebFactory>
{
    [Fact]
    public async Task With_keyed_reads_a_get_without_the_key_is_refused()
    {
        var client = factory.CreateClient();
        await Problems.AssertProblem(await client.GetAsync("/api/v1/items"), HttpStatusCode.Forbidden, WebOptions.KeyHeader);
        client.DefaultRequestHeaders.Add(WebOptions.KeyHeader, KeyedWebFactory.TheKey);
        (await client.GetAsync("/api/v1/items")).EnsureSuccessStatusCode();
    }
}
