using Chokepoint.Application;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Tables;
using Chokepoint.Evidence.Insights;
using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages.Evidence;

/// <summary>Core insights of one industry across the workspace: the tables of the CLI's insights --industry, references linked to their rows.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Chokepoint.Web.Hosting.HeavyRequests.ReadPolicy)]
public sealed class InsightsModel(DatasetHolder holder, WorkspaceGate gate, TimeProvider clock) : PageModel
{
    /// <summary>The industry asked for.</summary>
    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }
    /// <summary>The insights, once an industry is chosen.</summary>
    public IndustryInsights? Insights { get; private set; }
    /// <summary>The insights as 'chokepoint insights --industry' prints them: a table per group, then the references.</summary>
    public IReadOnlyList<Table> Tables { get; private set; } = [];
    /// <summary>Industries to choose from.</summary>
    public IReadOnlyList<string> Industries { get; private set; } = [];
    /// <summary>Error message.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the chooser and, for a chosen industry, its insights.</summary>
    public void OnGet()
    {
        var session = new Session(holder.Dataset, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Surface.Web);
        Industries = InsightsHandler.Industries(session);
        if (string.IsNullOrWhiteSpace(Industry)) return;
        try
        {
            var answer = gate.Read(w => InsightsHandler.Handle(session, w, Industry));
            Insights = answer.Json;
            Tables = answer.Tables;
        }
        catch (RequestException ex)
        {
            Error = ex.Message;
        }
    }
}
