using Microsoft.AspNetCore.Mvc;

namespace Chokepoint.Web.Api;

/// <summary>Problem-details bodies naming the parameter at fault.</summary>
internal static class Problems
{
    /// <summary>The problem of a refused request: 404 when it names something missing, else 400; diagnostics listed as errors.</summary>
    public static ProblemDetails Of(Chokepoint.Application.Inputs.RequestException ex)
    {
        var problem = Of(ex.Kind == Chokepoint.Application.Inputs.ErrorKind.NotFound ? 404 : 400, ex.Parameter, ex.Message);
        if (ex.Diagnostics.Count > 0)
            problem.Extensions["errors"] = ex.Diagnostics.Select(d => new Contracts.ScenarioErrorJson(d.Line, d.Column, d.Severity.ToString().ToLowerInvariant(), d.Message)).ToList();
        return problem;
    }

    public static ProblemDetails Of(int status, string parameter, string detail) => new()
    {
        Status = status,
        Title = status switch { 404 => "Not found", 403 => "Access key required", 413 => "Upload too large", 503 => "Busy", _ => "Invalid input" },
        Detail = detail,
        Type = status switch { 404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5", 403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4", 413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14", 503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4", _ => "https://tools.ietf.org/html/rfc9110#section-15.5.1" },
        Extensions = { ["parameter"] = parameter },
    };
}
