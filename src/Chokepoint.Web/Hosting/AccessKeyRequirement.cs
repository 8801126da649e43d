using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Chokepoint.Web.Hosting;

/// <summary>The access rule as an ASP.NET authorization requirement (the fallback policy of every endpoint); judged by <see cref="AccessKeyAuthorization"/>.</summary>
internal sealed class AccessKeyRequirement : IAuthorizationRequirement
{
    /// <summary>True for methods that only read (GET, HEAD, OPTIONS).</summary>
    public static bool IsRead(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method);
}
