using Chokepoint.Application;
using Chokepoint.Application.Inputs;
using Chokepoint.Contracts;
using Chokepoint.Web.Api;
using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages.Parts;

/// <summary>What changed: measures announced, taking effect, suspended, lapsing or ending between two dates; with a parts list, the parts whose status changed.</summary>
public sealed class ChangesModel(PartsQueries parts, WebOptions options) : PageModel
{
    /// <summary>First date.</summary>
    [BindProperty(SupportsGet = true)] public string? Since { get; set; }
    /// <summary>Last date (default today).</summary>
    [BindProperty(SupportsGet = true)] public string? Until { get; set; }
    /// <summary>Destination of the parts.</summary>
    [BindProperty] public string? Destination { get; set; }
    /// <summary>FIELD=HEADER pairs.</summary>
    [BindProperty] public string? Map { get; set; }
    /// <summary>Saved mapping to read the list with.</summary>
    [BindProperty] public string? Profile { get; set; }
    /// <summary>A parts list.</summary>
    [BindProperty(Name = "parts")] public IFormFile? Upload { get; set; }

    /// <summary>The changes.</summary>
    public Answer<ChangesJson>? Answer { get; private set; }
    /// <summary>Error message.</summary>
    public string? Error { get; private set; }
    /// <summary>True when writes need the key.</summary>
    public bool NeedsKey => !string.IsNullOrEmpty(options.Key);
    /// <summary>Countries for the destination list.</summary>
    public IReadOnlyList<string> Countries => parts.Session.Dataset.Countries.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Shows the changes since the date given (the last 90 days by default).</summary>
    public async Task OnGetAsync()
    {
        Since ??= Contracts.ContractJson.Date(parts.Session.Today.AddDays(-90));
        await Run(() => Task.FromResult(parts.Changes(Since, Until)));
    }

    /// <summary>Changes with the parts of an uploaded list whose status changed.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await Run(() => parts.Changes(Since, Until, Upload, Destination, Map, Profile, HttpContext.RequestAborted));
        return Page();
    }

    private async Task Run(Func<Task<Answer<ChangesJson>>> answer)
    {
        try
        {
            Answer = await answer();
        }
        catch (RequestException ex)
        {
            Error = ex.Message;
        }
    }
}
