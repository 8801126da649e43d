using Chokepoint.Application.Tables;
using Chokepoint.Application.Prices;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Inputs;
using Chokepoint.Contracts;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Simulation.Backtest;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Web.Api;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Jobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chokepoint.Web.Pages;

/// <summary>Stress tests: pick or edit a scenario, run it as a job, follow its progress, read its curves and table, download the results.</summary>
public sealed class StressModel(SimulationQueries simulations, JobBoard jobs, WebOptions options) : PageModel
{
    /// <summary>Built-in scenario name.</summary>
    [BindProperty(SupportsGet = true)] public string? Scenario { get; set; }
    /// <summary>Scenario YAML (edited or uploaded).</summary>
    [BindProperty] public string? Yaml { get; set; }
    /// <summary>Number of runs.</summary>
    [BindProperty(SupportsGet = true)] public int Runs { get; set; } = 1;
    /// <summary>Seed.</summary>
    [BindProperty(SupportsGet = true)] public int Seed { get; set; } = 1;
    /// <summary>Job to show.</summary>
    [BindProperty(SupportsGet = true)] public string? Job { get; set; }
    /// <summary>An uploaded scenario file (replaces the text).</summary>
    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>The built-in scenarios with their text.</summary>
    public IReadOnlyList<(ScenarioJson Json, string Yaml)> BuiltIns { get; private set; } = [];
    /// <summary>Diagnostics of the submitted scenario.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];
    /// <summary>Error message.</summary>
    public string? Error { get; private set; }
    /// <summary>The job's state.</summary>
    public JobJson? State { get; private set; }
    /// <summary>The finished simulation.</summary>
    public SimulationResult? Result { get; private set; }
    /// <summary>The modelled price paths of a finished simulation (as 'simulate --format json' prices[]); null without a price model.</summary>
    public PriceOutcome? Prices { get; private set; }

    /// <summary>One table per priced item, as 'chokepoint prices ITEM' draws it, for the finished simulation.</summary>
    public IReadOnlyList<Table> PriceTables() => Prices is not { } o || Result is not { } r ? []
        : o.Paths.Select(p => p.Item).Distinct(StringComparer.Ordinal)
            .Select(item => PricesHandler.Table(item, r.Scenario, r.Runs, o with { Paths = o.Paths.Where(p => p.Item == item).ToList(), Observed = o.Observed.Where(p => p.Item == item).ToList() })).ToList();
    /// <summary>True when writes need the key.</summary>
    public bool NeedsKey => !string.IsNullOrEmpty(options.Key);
    /// <summary>Most runs allowed.</summary>
    public int MaxRuns => options.MaxRuns;

    /// <summary>Shows the form and, with ?job=, the job.</summary>
    public void OnGet()
    {
        Load();
        if (string.IsNullOrWhiteSpace(Job)) return;
        if (jobs.Find(Job) is not { } job) { Error = $"no job '{Job}' (jobs are kept in memory until the server restarts)"; return; }
        State = job.Snapshot();
        Result = (job.Payload as SimulateAnswer)?.Result;
        Prices = (job.Payload as SimulateAnswer)?.Prices;
        Backtest = job.Payload as BacktestResult;
    }

    /// <summary>Validates the scenario and queues the run.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        Load();
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > SimulationQueries.MaxYamlChars) { Error = $"the scenario file is {Upload.Length} bytes; expected at most {SimulationQueries.MaxYamlChars}"; return Page(); }
            using var reader = new StreamReader(Upload.OpenReadStream());
            Yaml = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        }
        try
        {
            var loaded = simulations.Parse(Scenario, Yaml);
            Diagnostics = loaded.Warnings;
            var job = simulations.Start(loaded.Scenario, loaded.Label, Runs, Seed, allNodes: false);
            if (job is null) { Error = "The job queue is full; try again when a running job has finished."; return Page(); }
            return Redirect($"/stress?job={job.Id}&scenario={Uri.EscapeDataString(Scenario ?? "")}&runs={Runs}&seed={Seed}");
        }
        catch (RequestException ex)
        {
            Diagnostics = ex.Diagnostics;
            Error = ex.Diagnostics.Count > 0 ? "The scenario has errors (below); nothing was run." : ex.Message;
            return Page();
        }
    }

    /// <summary>Queues a back-test of the chosen scenario against the observed record.</summary>
    public IActionResult OnPostBacktest()
    {
        Load();
        try
        {
            var loaded = simulations.Parse(Scenario, null);
            Diagnostics = loaded.Warnings;
            var job = simulations.StartBacktest(loaded.Scenario, loaded.Label, Runs, Seed);
            if (job is null) { Error = "The job queue is full; try again when a running job has finished."; return Page(); }
            return Redirect($"/stress?job={job.Id}&scenario={Uri.EscapeDataString(Scenario ?? "")}&runs={Runs}&seed={Seed}");
        }
        catch (RequestException ex)
        {
            Diagnostics = ex.Diagnostics;
            Error = ex.Diagnostics.Count > 0 ? "The scenario has errors (below); nothing was run." : ex.Message;
            return Page();
        }
    }

    /// <summary>The finished back-test.</summary>
    public BacktestResult? Backtest { get; private set; }

    private void Load()
    {
        BuiltIns = simulations.BuiltIns();
        // A newcomer starts from a runnable scenario, not an empty box.
        if (string.IsNullOrEmpty(Scenario) && string.IsNullOrEmpty(Yaml) && HttpMethods.IsGet(Request.Method) && BuiltIns.Count > 0) Scenario = BuiltIns[0].Json.Name;
        if (string.IsNullOrEmpty(Yaml) && BuiltIns.FirstOrDefault(b => b.Json.Name == Scenario) is { Yaml: { } text }) Yaml = text;
    }
}
