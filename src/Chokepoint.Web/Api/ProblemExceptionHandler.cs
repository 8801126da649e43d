using Chokepoint.Application.Inputs;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Chokepoint.Web.Api;

/// <summary>
/// Turns exceptions into problem details: bad input names its parameter; a body that cannot be read
/// (truncated multipart, too large) is a 400/413; a search stopped because the client left gets no
/// answer. Anything else is a 500 with ASP.NET's default title and no exception text (it is logged).
/// </summary>
internal sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            httpContext.Response.StatusCode = 499; // nobody is listening any more
            return true;
        }
        var details = exception switch
        {
            RequestException bad => Problems.Of(bad),
            Evidence.Store.QueryBudgetException slow => Problems.Of(503, "q", slow.Message),
            BadHttpRequestException { StatusCode: 413 } => Problems.Of(413, Hosting.BodyLimits.IsUpload(httpContext.Request) ? "files" : "body", TooLarge(httpContext.Request)),
            BadHttpRequestException { InnerException: System.Text.Json.JsonException json } => JsonBody.Problem(json),
            BadHttpRequestException http => Problems.Of(http.StatusCode, "body", "the request body could not be read; expected a complete body of the declared type"),
            InvalidDataException or IOException => Problems.Of(400, "body", "the request body ended early or is malformed; expected a complete body of the declared type"),
            _ => null,
        };
        if (details is null)
        {
            LogUnexpected(log, httpContext.Request.Path.Value ?? "", exception);
            details = new ProblemDetails { Status = 500 };
        }
        else if (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            LogBadBody(log, httpContext.Request.Path.Value ?? "", exception);
        }
        httpContext.Response.StatusCode = details.Status ?? 500;
        // A browser asking for a page gets the HTML page (the middleware re-executes /status); the API keeps problem JSON.
        if (Hosting.ErrorPages.WantsHtml(httpContext.Request))
        {
            httpContext.Items[Hosting.ErrorPages.ProblemKey] = details;
            return false;
        }
        await Hosting.ErrorPages.WriteProblem(httpContext, details).ConfigureAwait(false);
        return true;
    }

    private static string TooLarge(HttpRequest request) => Hosting.BodyLimits.IsUpload(request)
        ? $"the upload is larger than {EvidenceQueries.MaxRequestBytes / (1024 * 1024)} MB; expected at most {EvidenceQueries.MaxFileBytes / (1024 * 1024)} MB per file"
        : $"the request body is larger than {Hosting.BodyLimits.DefaultBytes / (1024 * 1024)} MB, the limit for this endpoint";

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Path}")]
    private static partial void LogUnexpected(ILogger logger, string path, Exception ex);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unreadable request body on {Path}")]
    private static partial void LogBadBody(ILogger logger, string path, Exception ex);
}
