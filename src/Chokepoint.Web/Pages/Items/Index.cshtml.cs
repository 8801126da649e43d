using Chokepoint.Application.Inputs;
using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages.Items;

/// <summary>Items filtered by industry and stage, with their largest producer: the table of 'chokepoint items'.</summary>
public sealed class IndexModel(AnalysisQueries queries) : PageModel
{
    /// <summary>industry filter.</summary>
    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }

    /// <summary>kind (stage) filter.</summary>
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    /// <summary>The items shown: the handler's table, as 'chokepoint items' prints it.</summary>
    public Application.Tables.Table Table { get; private set; } = null!;

    /// <summary>Industries for the filter.</summary>
    public IReadOnlyList<string> Industries => queries.Industries();

    /// <summary>Input error.</summary>
    public string? Error { get; private set; }

    /// <summary>Lists the items.</summary>
    public void OnGet()
    {
        try
        {
            Table = queries.Items(Industry, Kind).Tables[0];
        }
        catch (RequestException ex)
        {
            Error = ex.Message;
            Table = queries.Items(null, null).Tables[0];
        }
    }
}
