using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Http;

namespace Chokepoint.Web.Hosting;

/// <summary>
/// Writes from another origin are refused even without a key, so a web page cannot post into a
/// loopback workspace behind the user's back. The Origin is compared with the Host header, which host
/// filtering has already limited to this server's own names (a DNS-rebinding Host never gets here).
/// </summary>
internal sealed class OriginCheck(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!AccessKeyRequirement.IsRead(request) && CrossOrigin(request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = Problems.Of(403, "Origin", "the request comes from another origin; writes are accepted only from this application's own pages or from clients that send no Origin header"),
            }).ConfigureAwait(false);
            return;
        }
        await next(context).ConfigureAwait(false);
    }

    private static bool CrossOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || origin == "null" && !request.Path.StartsWithSegments("/api", StringComparison.Ordinal)) return false;
        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
