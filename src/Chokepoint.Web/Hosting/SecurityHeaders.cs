using Microsoft.AspNetCore.Http;

namespace Chokepoint.Web.Hosting;

/// <summary>
/// Content-Security-Policy without inline script and with no origin but this one: every script, style,
/// font and chart library is served by the app, and the browser refuses anything else. Plotly sets
/// inline style attributes on its SVG, hence 'unsafe-inline' for styles only.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }
}
