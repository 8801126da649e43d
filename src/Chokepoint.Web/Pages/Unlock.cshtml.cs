using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages;

/// <summary>When reads are keyed: enter the access key once; it is kept in an HTTP-only cookie for the session.</summary>
public sealed class UnlockModel(WebOptions options) : PageModel
{
    /// <summary>The key typed in.</summary>
    [BindProperty] public string? Key { get; set; }

    /// <summary>True when the server has a key.</summary>
    public bool HasKey => !string.IsNullOrEmpty(options.Key);

    /// <summary>Stores a token derived from the key in a cookie (never the key); the access-key handler checks it on every request.</summary>
    public IActionResult OnPost()
    {
        if (!string.IsNullOrEmpty(Key))
            Response.Cookies.Append(AccessKeyHandler.Cookie, AccessKeyHandler.CookieToken(Key), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = Request.IsHttps, IsEssential = true });
        return Redirect("/");
    }
}
