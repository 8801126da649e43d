using Microsoft.AspNetCore.Mvc;

namespace Chokepoint.Web.Api;

/// <summary>
/// Problem-details bodies naming the parameter at fault. Title and type are left to ASP.NET's
/// ProblemDetails defaults (the RFC 9110 section of the status), filled in when the body is written.
/// </summary>
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
        Detail = detail,
        Extensions = { ["parameter"] = parameter },
    };
}
