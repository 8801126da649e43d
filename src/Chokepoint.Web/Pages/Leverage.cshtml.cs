using Chokepoint.Application.Inputs;
using Chokepoint.Analysis.Leverage;
using Chokepoint.Application.Charts;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Wording;
using Chokepoint.Model;
using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages;

/// <summary>Leverage: issuer + target + date or scenario + basis → the leverage handler's table (the CLI's rows and notes) and the scatter.</summary>
public sealed class LeverageModel(AnalysisQueries queries) : PageModel
{
    /// <summary>Views an analyst asks for first: (label, query string).</summary>
    public static readonly IReadOnlyList<(string Label, string Query)> QuickLinks =
    [
        ("China over the US today", "issuer=CHN&target=USA"),
        ("US over China today", "issuer=USA&target=CHN"),
        ("US over China: the 2025 chip controls (scenario)", "issuer=USA&target=CHN&scenario=us-chip-controls-2025"),
        ("China over the US: the 2025 replay (scenario)", "issuer=CHN&target=USA&scenario=replay-2025"),
    ];

    /// <summary>Issuer ISO3 (default CHN).</summary>
    [BindProperty(SupportsGet = true)] public string? Issuer { get; set; }
    /// <summary>Target ISO3 (default USA).</summary>
    [BindProperty(SupportsGet = true)] public string? Target { get; set; }
    /// <summary>as_of: measures in force on this date (default today).</summary>
    [BindProperty(SupportsGet = true, Name = "as_of")] public string? AsOf { get; set; }
    /// <summary>A built-in scenario whose measures are taken as in force.</summary>
    [BindProperty(SupportsGet = true)] public string? Scenario { get; set; }
    /// <summary>What both sides are measured in (default value-added).</summary>
    [BindProperty(SupportsGet = true)] public string? Basis { get; set; }
    /// <summary>The bases offered, the default first.</summary>
    public static IReadOnlyList<string> Bases => LeverageBasis.All;

    /// <summary>The ranking, unless the input was bad.</summary>
    public LeverageAnswer? View { get; private set; }
    /// <summary>Input error.</summary>
    public string? Error { get; private set; }
    /// <summary>Rows with an effect on either side (the table).</summary>
    public IReadOnlyList<LeverageRow> Shown { get; private set; } = [];
    /// <summary>The scatter (the chart model that 'leverage --plot' writes as a file), or null before a valid query.</summary>
    public Chart? Chart { get; private set; }
    /// <summary>Built-in scenario names.</summary>
    public IReadOnlyList<string> Scenarios => ScenarioLoader.BuiltIns(queries.Dataset).Select(s => s.Name).ToList();
    /// <summary>Today (the default date).</summary>
    public DateOnly Today => queries.Today;
    /// <summary>The served dataset.</summary>
    public Dataset Dataset => queries.Dataset;

    /// <summary>Runs the analysis for the query string (defaults CHN over USA today).</summary>
    public void OnGet()
    {
        Issuer = string.IsNullOrWhiteSpace(Issuer) ? "CHN" : Issuer.Trim().ToUpperInvariant();
        Target = string.IsNullOrWhiteSpace(Target) ? "USA" : Target.Trim().ToUpperInvariant();
        try
        {
            View = queries.Leverage(Issuer, Target, AsOf, Scenario, Basis);
            Shown = LeverageNotes.Shown(View.Rows).ToList();
            Chart = LeverageChart.Of(View);
        }
        catch (RequestException ex)
        {
            Error = ex.Message;
        }
    }

    /// <summary>The API address of the current view.</summary>
    public string ApiHref => "/api/v1/leverage?" + QueryString();

    private string QueryString()
    {
        var q = $"issuer={Uri.EscapeDataString(Issuer ?? "")}&target={Uri.EscapeDataString(Target ?? "")}";
        if (!string.IsNullOrWhiteSpace(Scenario)) q += "&scenario=" + Uri.EscapeDataString(Scenario.Trim());
        else if (!string.IsNullOrWhiteSpace(AsOf)) q += "&as_of=" + Uri.EscapeDataString(AsOf.Trim());
        if (!string.IsNullOrWhiteSpace(Basis)) q += "&basis=" + Uri.EscapeDataString(Basis.Trim());
        return q;
    }
}
