using Chokepoint.Application.Inputs;
using Chokepoint.Analysis.Concentration;
using Chokepoint.Model;
using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages.Items;

/// <summary>Items filtered by industry and stage, with China's share where the dataset has one.</summary>
public sealed class IndexModel(AnalysisQueries queries) : PageModel
{
    /// <summary>industry filter.</summary>
    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }

    /// <summary>kind (stage) filter.</summary>
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    /// <summary>The items shown.</summary>
    public IReadOnlyList<Item> Items { get; private set; } = [];

    /// <summary>Industries for the filter.</summary>
    public IReadOnlyList<string> Industries => queries.Industries();

    /// <summary>Input error.</summary>
    public string? Error { get; private set; }

    /// <summary>The largest producer's share of an item (latest year), or null.</summary>
    public (string Country, double Pct)? Top(string item) =>
        ConcentrationAnalysis.Of(queries.Dataset, item) is { Shares.Count: > 0 } c ? (c.Shares[0].Country, c.Shares[0].SharePct) : null;

    /// <summary>Lists the items.</summary>
    public void OnGet()
    {
        try
        {
            Items = queries.ItemList(Industry, Kind);
        }
        catch (RequestException ex)
        {
            Error = ex.Message;
            Items = queries.ItemList(null, null);
        }
    }
}
