using Microsoft.AspNetCore.Mvc;

namespace Chokepoint.Web.Api;

/// <summary>
/// Problem-details bodies naming the parameter at fault. Title and type are left to ASP.NET's
/// ProblemDetails defaults (the RFC 9110 section of the status), filled in when the body is written.
/// </summary>
internal static class Problems
{
    public static ProblemDetails Of(int status, string parameter, string detail) => new()
    {
        Status = status,
        Detail = detail,
        Extensions = { ["parameter"] = parameter },
    };
}
