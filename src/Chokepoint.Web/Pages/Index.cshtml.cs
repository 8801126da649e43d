using Chokepoint.Application.Inputs;
using Chokepoint.Application.Report;
using Chokepoint.Application.Wording;
using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages;

/// <summary>Overview: headline exposure of US and EU products now, on a chosen date and under a full cut-off; the timeline; attention lines.</summary>
public sealed class IndexModel(AnalysisQueries queries) : PageModel
{
    /// <summary>as_of from the query string.</summary>
    [BindProperty(SupportsGet = true, Name = "as_of")] public string? AsOf { get; set; }

    /// <summary>compare from the query string (the second date).</summary>
    [BindProperty(SupportsGet = true, Name = "compare")] public string? Compare { get; set; }

    /// <summary>The headline analyses.</summary>
    public HeadlineReport Report { get; private set; } = null!;

    /// <summary>The three view labels.</summary>
    public IReadOnlyList<string> Views { get; private set; } = [];

    /// <summary>Input error shown instead of the figures.</summary>
    public string? Error { get; private set; }

    /// <summary>Products that cannot be computed (no recipe).</summary>
    public IReadOnlyList<string> NoRecipe { get; private set; } = [];

    /// <summary>The registry's review date, if it states one.</summary>
    public DateOnly? ReviewedThrough => queries.Dataset.Tables.ControlsReviewedThrough;

    /// <summary>Runs the report for the requested dates.</summary>
    public void OnGet()
    {
        try
        {
            Report = queries.Overview(AsOf, Compare);
        }
        catch (RequestException ex)
        {
            Error = ex.Message;
            Report = queries.Overview(null, null);
        }
        Views = HeadlineReport.Views(Report.Today, Report.Comparison);
        NoRecipe = HeadlineReport.ProductsWithoutRecipe(queries.Dataset);
    }
}
