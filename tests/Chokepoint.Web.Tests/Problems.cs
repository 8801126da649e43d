using System.Net;
using System.Text.Json;

namespace Chokepoint.Web.Tests;

/// <summary>Assertions on problem-details responses.</summary>
internal static class Problems
{
    /// <summary>Asserts the status, the problem+json type and that the body names the parameter; returns the detail.</summary>
    public static async Task<string> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string parameter)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(parameter, json.GetProperty("parameter").GetString());
        var detail = json.GetProperty("detail").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(detail));
        Assert.DoesNotContain("   at ", detail, StringComparison.Ordinal);
        return detail;
    }

    /// <summary>The property names of a JSON object, in order.</summary>
    public static string[] Names(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();
}
