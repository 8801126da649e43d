using System.Net;
using System.Text;

namespace Chokepoint.Web.Tests;

/// <summary>Issue 23 §15: a job body with a value of the wrong type was a 400 that did not say which field; it names it now.</summary>
public sealed class JobBodyTypeTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("/api/v1/simulations", "{\"scenario\": \"replay-2025\", \"runs\": \"many\"}", "runs", "a whole number")]
    [InlineData("/api/v1/simulations", "{\"scenario\": \"replay-2025\", \"seed\": 1.5}", "seed", "a whole number")]
    [InlineData("/api/v1/simulations", "{\"scenario\": \"replay-2025\", \"all_nodes\": \"yes\"}", "all_nodes", "true or false")]
    [InlineData("/api/v1/simulations", "{\"scenario\": 7}", "scenario", "a string")]
    [InlineData("/api/v1/backtests", "{\"scenario\": \"replay-2025\", \"runs\": [1]}", "runs", "a whole number")]
    public async Task A_field_of_the_wrong_type_is_named_with_what_it_takes(string url, string body, string field, string expected)
    {
        var detail = await Problems.AssertProblem(await _client.PostAsync(url, Json(body)), HttpStatusCode.BadRequest, field);

        Assert.Contains(expected, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_an_object_names_the_body()
    {
        var detail = await Problems.AssertProblem(await _client.PostAsync("/api/v1/simulations", Json("[1, 2]")), HttpStatusCode.BadRequest, "body");

        Assert.Contains("expected e.g.", detail, StringComparison.Ordinal);
    }
}
