using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chokepoint.Web.Hosting;

/// <summary>
/// ASP.NET authentication for the access key: a request presenting the key (X-Chokepoint-Key header,
/// the form field access_key on page forms, or the cookie set by /unlock, which holds a token derived
/// from the key, never the key) is authenticated. Whether a request needs to be is
/// <see cref="AccessKeyRequirement"/>'s rule; a refusal is a 403 problem naming the header.
/// </summary>
internal sealed class AccessKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, WebOptions web, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessKey";
    public const string Cookie = "chokepoint_unlock";
    public const string FormField = "access_key";

    /// <summary>The cookie value for <paramref name="key"/>: HMAC-SHA256 of a fixed label under the key, so the cookie never holds the key.</summary>
    public static string CookieToken(string key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), "chokepoint unlock cookie v1"u8));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (string.IsNullOrEmpty(web.Key)) return AuthenticateResult.NoResult();
        var presented = Request.Headers[WebOptions.KeyHeader].ToString();
        if (presented.Length == 0 && Request.Cookies[Cookie] is { Length: > 0 } cookie)
            return Same(cookie, CookieToken(web.Key)) ? Success() : AuthenticateResult.Fail("the unlock cookie does not match the server's key; unlock again");
        // Page forms carry the key as a field; only urlencoded/multipart bodies of page writes are read for it.
        if (presented.Length == 0 && !AccessKeyRequirement.IsRead(Request) && Request.HasFormContentType && !Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
            presented = (await Request.ReadFormAsync(Context.RequestAborted).ConfigureAwait(false)).TryGetValue(FormField, out var v) ? v.ToString() : "";
        if (presented.Length == 0) return AuthenticateResult.NoResult();
        return Same(presented, web.Key) ? Success() : AuthenticateResult.Fail("the access key does not match the one the server was started with");
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await Context.AuthenticateAsync(SchemeName).ConfigureAwait(false)).Failure?.Message;
        var detail = failure ?? $"this {(AccessKeyRequirement.IsRead(Request) ? "read" : "write")} needs the access key: send it in the {WebOptions.KeyHeader} header (or the form field {FormField})";
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = Problems.Of(403, WebOptions.KeyHeader, detail) }).ConfigureAwait(false);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => HandleChallengeAsync(properties);

    private static AuthenticateResult Success() =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "key holder")], SchemeName)), SchemeName));

    private static bool Same(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
