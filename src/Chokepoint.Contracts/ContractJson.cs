using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Chokepoint.Contracts;

/// <summary>The serializer settings of every JSON contract: snake_case names, nulls written, indented.</summary>
public static class ContractJson
{
    /// <summary>Options shared by the CLI's --format json and the web API. Do not mutate.</summary>
    public static readonly JsonSerializerOptions Options = Create(indented: true);

    /// <summary>The same contract without indentation (HTTP responses).</summary>
    public static readonly JsonSerializerOptions Compact = Create(indented: false);

    /// <summary>A date as the contracts write it: YYYY-MM-DD.</summary>
    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Applies the contract's settings to <paramref name="options"/> (used by the web host's serializer).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        // The source-generated context serves every registered contract; reflection serves a shape not (yet) registered there, so a
        // contract added without its [JsonSerializable] line still serializes with the same settings instead of failing at run time.
        var o = new JsonSerializerOptions
        {
            WriteIndented = indented,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ContractJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        Configure(o);
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
