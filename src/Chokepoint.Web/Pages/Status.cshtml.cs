using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages;

/// <summary>
/// The HTML error page browsers get (issue 20 §3): the status in words, the message naming the input at fault (never
/// exception text), and the way back. Reached by re-execution from the exception handler and the status-code pages.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    /// <summary>The status code shown and answered.</summary>
    public int Code { get; private set; } = 404;

    /// <summary>What went wrong, for the user; null when there is nothing more to say than the title.</summary>
    public string? Detail { get; private set; }

    /// <summary>The input at fault, as the page's query names it; null when none.</summary>
    public string? Parameter { get; private set; }

    /// <summary>The address that was asked for.</summary>
    public string Asked { get; private set; } = "/";

    /// <summary>The title of the page for <see cref="Code"/>.</summary>
    public string Heading => Code switch
    {
        404 => "Not found",
        400 => "This request cannot be answered",
        403 => "Not allowed",
        405 => "Method not allowed",
        413 => "Too large",
        503 => "Busy: try again",
        >= 500 => "Something went wrong",
        _ => "This request cannot be answered",
    };

    /// <summary>Shows the page for a GET.</summary>
    public void OnGet() => Load();

    /// <summary>Shows the page for a form post that failed.</summary>
    public void OnPost() => Load();

    private void Load()
    {
        var reexecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        Asked = reexecuted?.OriginalPath ?? failed?.Path ?? "/";
        if (HttpContext.Items[ErrorPages.ProblemKey] is ProblemDetails problem)
        {
            Code = problem.Status ?? 500;
            // 500s carry no detail: the exception was logged, never shown.
            Detail = Code >= 500 && Code != 503 ? null : problem.Detail;
            Parameter = problem.Extensions.TryGetValue("parameter", out var p) ? p?.ToString() : null;
        }
        else if (failed is not null) Code = 500;
        else if (reexecuted is not null) Code = reexecuted.OriginalStatusCode;
        else if (int.TryParse(Request.Query["code"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) && c is >= 400 and < 600) Code = c;
        if (Detail is null && Code == 404) Detail = $"Nothing here answers {Asked}.";
        if (Detail is null && Code == 400) Detail = "The request was refused as sent: a form needs the token of the page it came from (reload that page and send it again), and a body must be complete.";
        Response.StatusCode = Code;
    }
}
