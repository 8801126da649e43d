using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Chokepoint.Web.Hosting;

/// <summary>
/// With a key set, writes (any method but GET, HEAD, OPTIONS) need it, and reads too when reads are
/// keyed. Without a key everything is open (the server is then bound to loopback only).
/// </summary>
internal sealed class AccessKeyAuthorization(WebOptions options) : AuthorizationHandler<AccessKeyRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessKeyRequirement requirement)
    {
        var request = (context.Resource as HttpContext)?.Request;
        var needsKey = !string.IsNullOrEmpty(options.Key) && (request is null || !AccessKeyRequirement.IsRead(request) || options.KeyedReads);
        if (!needsKey || context.User.Identity?.IsAuthenticated == true) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
