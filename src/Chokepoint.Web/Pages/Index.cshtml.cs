using Chokepoint.Application.Inputs;
using Chokepoint.Application.Report;
using Chokepoint.Application.Wording;
using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages;

/// <summary>Overview: the report on the web — headline exposure now, on a chosen date and under a full cut-off, the timeline, and every table of 'chokepoint report'.</summary>
public sealed class IndexModel(AnalysisQueries queries, ReportSimulations simulations) : PageModel
{
    /// <summary>as_of from the query string.</summary>
    [BindProperty(SupportsGet = true, Name = "as_of")] public string? AsOf { get; set; }

    /// <summary>compare from the query string (the second date).</summary>
    [BindProperty(SupportsGet = true, Name = "compare")] public string? Compare { get; set; }

    /// <summary>The headline analyses.</summary>
    public HeadlineReport Report { get; private set; } = null!;

    /// <summary>The whole report as 'chokepoint report' composes it: headline, stress test, "What helps", leverage.</summary>
    public ComposedReport Composed { get; private set; } = null!;

    /// <summary>State of the Monte Carlo sections: "done", "running", "failed" or "off" (<see cref="ReportSimulations.State"/>).</summary>
    public string Simulations { get; private set; } = "off";

    /// <summary>The Monte Carlo runs of the stress test and of each "What helps" evaluation.</summary>
    public ReportOptions SimulationOptions => simulations.Options;

    /// <summary>The report's charts (the same objects the report writes as PNG files), leverage's included.</summary>
    public IReadOnlyList<ReportChart> Charts { get; private set; } = [];

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
        // The same composition as the CLI's report; the Monte Carlo sections join when the background run is done.
        var simulated = simulations.Ready;
        Simulations = simulations.State;
        Composed = new ComposedReport(Report, ReportHandler.HeadlineTables(Report), simulated?.Stress, simulated?.Helps, queries.ReportLeverage(Report.Today));
        NoRecipe = HeadlineReport.ProductsWithoutRecipe(queries.Dataset);
        Charts = ReportCharts.Of(Composed, queries.Dataset.Tables.Controls);
    }
}
