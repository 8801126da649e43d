using Chokepoint.Application;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Parts;
using Chokepoint.Contracts;
using Chokepoint.Web.Api;
using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages.Parts;

/// <summary>Licence applications: record one, change its status, read the statutory decision date, stock end and at-risk flag.</summary>
public sealed class LicencesModel(PartsQueries parts, WebOptions options) : PageModel
{
    /// <summary>Item id.</summary>
    [BindProperty] public string? Item { get; set; }
    /// <summary>Destination ISO3.</summary>
    [BindProperty] public string? Destination { get; set; }
    /// <summary>Filing date.</summary>
    [BindProperty] public string? Filed { get; set; }
    /// <summary>Quantity in the item's unit.</summary>
    [BindProperty] public double? Quantity { get; set; }
    /// <summary>End user.</summary>
    [BindProperty(Name = "end_user")] public string? EndUser { get; set; }
    /// <summary>Tariff line or list number.</summary>
    [BindProperty] public string? Code { get; set; }
    /// <summary>Days of stock from the filing date.</summary>
    [BindProperty(Name = "stock_days")] public double? StockDays { get; set; }
    /// <summary>Application to update.</summary>
    [BindProperty] public long Id { get; set; }
    /// <summary>New status.</summary>
    [BindProperty] public string? Status { get; set; }

    /// <summary>The applications with their computed dates.</summary>
    public Answer<IReadOnlyList<LicenceJson>>? Answer { get; private set; }
    /// <summary>Error message.</summary>
    public string? Error { get; private set; }
    /// <summary>True when writes need the key.</summary>
    public bool NeedsKey => !string.IsNullOrEmpty(options.Key);
    /// <summary>Statuses an application can take.</summary>
    public static IReadOnlyList<string> Statuses => Chokepoint.Model.LicenceStatuses.All;
    /// <summary>Items for the list.</summary>
    public IReadOnlyList<string> Items => parts.Session.Dataset.Tables.Items.Select(i => i.Id).Order(StringComparer.Ordinal).ToList();
    /// <summary>Countries for the list.</summary>
    public IReadOnlyList<string> Countries => parts.Session.Dataset.Countries.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Lists the applications.</summary>
    public async Task OnGetAsync() => await Load();

    /// <summary>Records an application, then lists them all.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            await parts.AddLicence(new LicenceAddRequest(Item, Destination, Filed, Quantity, EndUser, Code, StockDays), HttpContext.RequestAborted);
            return Redirect("/licences");
        }
        catch (RequestException ex)
        {
            Error = ex.Message;
            await Load();
            return Page();
        }
    }

    /// <summary>Changes an application's status.</summary>
    public async Task<IActionResult> OnPostStatusAsync()
    {
        try
        {
            await parts.UpdateLicence(Id, Status, HttpContext.RequestAborted);
            return Redirect("/licences");
        }
        catch (RequestException ex)
        {
            Error = ex.Message;
            await Load();
            return Page();
        }
    }

    private async Task Load() => Answer = await parts.Licences(HttpContext.RequestAborted);
}
