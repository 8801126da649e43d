using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Chokepoint.Web.Hosting;

/// <summary>
/// Who gets which error body (issue 20 §3): a browser asking for a page (Accept: text/html, outside /api and /openapi) gets
/// the HTML page <c>/status</c> with the message and a way back; the API always answers problem details as JSON, whatever
/// the Accept header says (a browser opening an API link still sees the parameter at fault).
/// </summary>
internal static class ErrorPages
{
    /// <summary>The path of the HTML error page.</summary>
    public const string Path = "/status";

    /// <summary>Where the exception handler leaves the problem for the HTML page (HttpContext.Items).</summary>
    public const string ProblemKey = "chokepoint.problem";

    /// <summary>
    /// True when the request is a page request from a browser. While an exception is handled the request's path is already
    /// the error page's, so the path asked for is read from <see cref="IExceptionHandlerPathFeature"/>.
    /// </summary>
    public static bool WantsHtml(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var asked = request.HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } original ? new PathString(original) : request.Path;
        if (IsApi(asked)) return false;
        var accept = request.GetTypedHeaders().Accept;
        return accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            || a.MediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True for /api/… and /openapi/… (machine answers only).</summary>
    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes <paramref name="problem"/> as application/problem+json, through the problem-details service when it accepts the request, else directly.</summary>
    public static Task WriteProblem(HttpContext context, ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problem);
        // TypedResults.Problem writes the JSON itself when the problem-details service declines the Accept header.
        return TypedResults.Problem(problem).ExecuteAsync(context);
    }

    /// <summary>The status-code page for requests that are not browser page requests: problem JSON with ASP.NET's title for the status.</summary>
    public static Task StatusProblem(StatusCodeContext status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return WriteProblem(status.HttpContext, new ProblemDetails { Status = status.HttpContext.Response.StatusCode });
    }
}
