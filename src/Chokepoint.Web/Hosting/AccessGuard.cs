using System.Security.Cryptography;
using System.Text;
using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Http;

namespace Chokepoint.Web.Hosting;

/// <summary>
/// Writes (any non-GET request) present the access key when one is set, in the X-Chokepoint-Key header
/// or the form field access_key; with keyed reads every request does (header or the cookie set by /unlock).
/// API writes from another origin are refused even without a key, so a web page cannot post into a
/// loopback workspace behind the user's back.
/// </summary>
internal sealed class AccessGuard(RequestDelegate next, WebOptions options)
{
    public const string Cookie = "chokepoint_key";
    public const string FormField = "access_key";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var write = !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method);
        if (write && CrossOrigin(request))
        {
            await Refuse(context, "Origin", "the request comes from another origin; writes are accepted only from this application's own pages or from clients that send no Origin header");
            return;
        }
        if (string.IsNullOrEmpty(options.Key) || (!write && !options.KeyedReads) || IsOpenPath(request.Path))
        {
            await next(context);
            return;
        }
        var presented = request.Headers[WebOptions.KeyHeader].ToString();
        if (presented.Length == 0) presented = request.Cookies[Cookie] ?? "";
        // Page forms carry the key as a field; only urlencoded/multipart bodies are read for it.
        if (presented.Length == 0 && write && request.HasFormContentType && !request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
            presented = (await request.ReadFormAsync(context.RequestAborted)).TryGetValue(FormField, out var v) ? v.ToString() : "";
        if (Matches(presented, options.Key))
        {
            await next(context);
            return;
        }
        await Refuse(context, WebOptions.KeyHeader, presented.Length == 0
            ? $"this {(write ? "write" : "read")} needs the access key: send it in the {WebOptions.KeyHeader} header (or the form field {FormField})"
            : "the access key does not match the one the server was started with");
    }

    private static bool IsOpenPath(PathString path) =>
        path.StartsWithSegments("/unlock", StringComparison.Ordinal) || path.StartsWithSegments("/css", StringComparison.Ordinal) ||
        path.StartsWithSegments("/js", StringComparison.Ordinal) || path.StartsWithSegments("/lib", StringComparison.Ordinal) ||
        path.StartsWithSegments("/favicon.svg", StringComparison.Ordinal);

    private static bool CrossOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || origin == "null" && !request.Path.StartsWithSegments("/api", StringComparison.Ordinal)) return false;
        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    private static bool Matches(string presented, string key) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static Task Refuse(HttpContext context, string parameter, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.Response.WriteAsJsonAsync(Problems.Of(403, parameter, detail), (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
