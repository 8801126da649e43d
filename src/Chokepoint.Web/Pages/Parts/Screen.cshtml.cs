using Chokepoint.Application.Inputs;
using Chokepoint.Application.Parts;
using Chokepoint.Web.Api;
using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages.Parts;

/// <summary>Screen a parts list: upload CSV or XLSX, read the flagged parts and the measures cited, or download the results as CSV or XLSX.</summary>
public sealed class ScreenModel(PartsQueries parts, WebOptions options) : PageModel
{
    /// <summary>Destination ISO3.</summary>
    [BindProperty] public string? Destination { get; set; }
    /// <summary>Screening date.</summary>
    [BindProperty(Name = "as_of")] public string? AsOf { get; set; }
    /// <summary>FIELD=HEADER pairs.</summary>
    [BindProperty] public string? Map { get; set; }
    /// <summary>Saved mapping to read the list with.</summary>
    [BindProperty] public string? Profile { get; set; }
    /// <summary>Name to save the mapping in effect under.</summary>
    [BindProperty(Name = "save_profile")] public string? SaveProfile { get; set; }
    /// <summary>page, csv or xlsx.</summary>
    [BindProperty] public string? Output { get; set; }
    /// <summary>The uploaded parts list.</summary>
    [BindProperty(Name = "parts")] public IFormFile? Upload { get; set; }

    /// <summary>The screen, once a list was uploaded.</summary>
    public ScreenAnswer? Answer { get; private set; }
    /// <summary>Error message (with row and column for problems in the file).</summary>
    public string? Error { get; private set; }
    /// <summary>True when writes need the key.</summary>
    public bool NeedsKey => !string.IsNullOrEmpty(options.Key);
    /// <summary>Countries for the destination list.</summary>
    public IReadOnlyList<string> Countries => parts.Session.Dataset.Countries.Keys.Order(StringComparer.Ordinal).ToList();
    /// <summary>Largest upload in MB.</summary>
    public static long MaxMb => PartsQueries.MaxUploadBytes / (1024 * 1024);

    /// <summary>Profiles saved in the workspace.</summary>
    public IReadOnlyList<string> Profiles { get; private set; } = [];

    /// <summary>Shows the form.</summary>
    public async Task OnGetAsync() => Profiles = await parts.Profiles(HttpContext.RequestAborted);

    /// <summary>Screens the upload: shows it, or sends the results file.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            Answer = await parts.Screen(Upload, Destination, AsOf, Map, Profile, SaveProfile, HttpContext.RequestAborted);
            Profiles = await parts.Profiles(HttpContext.RequestAborted);
            return Output switch
            {
                "csv" => File(PartsEndpoints.Csv(Answer), "text/csv; charset=utf-8", "screen.csv"),
                "xlsx" => File(PartsEndpoints.Xlsx(Answer), ScreenOutput.XlsxMediaType, "screen.xlsx"),
                _ => Page(),
            };
        }
        catch (RequestException ex)
        {
            Error = ex.Message;
            Answer = null;
            Profiles = await parts.Profiles(HttpContext.RequestAborted);
            return Page();
        }
    }
}
