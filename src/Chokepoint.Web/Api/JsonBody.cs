using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Chokepoint.Web.Api;

/// <summary>
/// A JSON job body that does not fit its record ({"runs": "many"}) as a 400 naming the field and what it takes:
/// System.Text.Json reports where it stopped as a path ($.runs), and the field's type says what was expected.
/// </summary>
internal static class JsonBody
{
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["runs"] = "a whole number (1 = one deterministic run)",
        ["seed"] = "a whole number",
        ["all_nodes"] = "true or false",
        ["scenario"] = "a string: a built-in scenario's name",
        ["yaml"] = "a string: a scenario in YAML",
    };

    public static ProblemDetails Problem(JsonException json)
    {
        ArgumentNullException.ThrowIfNull(json);
        // Only known fields are named back (a type error can only occur on one; the path is the client's text).
        if (Field(json.Path) is { } field && Expected.TryGetValue(field, out var expected))
            return Problems.Of(400, field, $"'{field}' in the request body has the wrong type; expected {expected}");
        return Problems.Of(400, "body", "the request body is not a JSON object of the expected fields; expected e.g. {\"scenario\": \"replay-2025\", \"runs\": 100}");
    }

    // "$.runs" → runs; "$['all_nodes']" → all_nodes; "$" or a path inside a nested value → its first field, null at the root.
    private static string? Field(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return null;
        var rest = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.StartsWith("$['", StringComparison.Ordinal) ? path[3..] : path.TrimStart('$');
        var end = rest.IndexOfAny(['.', '[', '\'']);
        var field = end < 0 ? rest : rest[..end];
        return field.Length is > 0 and <= 64 ? field : null;
    }
}
