using Chokepoint.Application.Inputs;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Chokepoint.Web.Api;

/// <summary>Turns exceptions into problem details: a refused request names its parameter; anything else is a 500 without a stack trace.</summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var details = exception switch
        {
            RequestException bad => Problems.Of(bad),
            BadHttpRequestException { StatusCode: 413 } => Problems.Of(413, "files", $"the request is larger than {EvidenceQueries.MaxRequestBytes / (1024 * 1024)} MB; expected at most {EvidenceQueries.MaxFileBytes / (1024 * 1024)} MB per file"),
            BadHttpRequestException http => Problems.Of(http.StatusCode, "body", http.Message),
            InvalidDataException data => Problems.Of(400, "body", data.Message),
            _ => null,
        };
        if (details is null)
        {
            LogUnexpected(log, httpContext.Request.Path, exception);
            details = new() { Status = 500, Title = "The computation failed", Detail = $"{exception.GetType().Name}: {exception.Message}" };
        }
        httpContext.Response.StatusCode = details.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception }).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Path}")]
    private static partial void LogUnexpected(ILogger logger, string path, Exception ex);
}
