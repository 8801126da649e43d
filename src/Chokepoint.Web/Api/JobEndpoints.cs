using Chokepoint.Application.Handlers;
using System.Text.Json.Nodes;
using Chokepoint.Contracts;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Chokepoint.Web.Api;

/// <summary>Scenarios, stress-test jobs and job state under /api/v1.</summary>
internal static class JobEndpoints
{
    public static RouteGroupBuilder MapJobApi(this RouteGroupBuilder api)
    {
        api.MapGet("/scenarios", Scenarios).WithSummary("Built-in stress-test scenarios").WithDescription("Same fields as 'chokepoint scenarios --format json'.");
        api.MapPost("/simulations", Simulate).WithSummary("Start a stress test (a job)")
            .WithDescription("Body: {\"scenario\": NAME} or {\"yaml\": TEXT}, optional runs (1 = one deterministic run; more = Monte Carlo), seed, all_nodes. Returns 202 with the job; poll GET /api/v1/jobs/{id}. Scenario errors come back as 400 with line and column. A write: needs the access key when one is set.")
            .DisableAntiforgery();
        api.MapPost("/backtests", Backtest).WithSummary("Start a back-test against the observed record (a job)")
            .WithDescription("Body as for simulations (scenario or yaml, runs, seed). The job's result is the JSON of 'chokepoint backtest --format json': observed and modelled flow indices, events with the model's dates, the score.")
            .DisableAntiforgery();
        api.MapGet("/jobs/{id}", Job).WithSummary("State of a job").WithDescription("status queued, running, done or failed; progress 0–1; result once done (for a simulation, the JSON of 'chokepoint simulate --format json').")
            .RequireRateLimiting(HeavyRequests.ReadPolicy);
        api.MapGet("/jobs/{id}/results.csv", (JobBoard q, string id) => Csv(q, id, SimulationCsv.Summary, "results.csv")).WithSummary("A finished simulation's results, one row per node (CSV)")
            .RequireRateLimiting(HeavyRequests.ReadPolicy);
        api.MapGet("/jobs/{id}/series.csv", (JobBoard q, string id) => Csv(q, id, SimulationCsv.Series, "series.csv")).WithSummary("A finished simulation's daily series (CSV, long form)")
            .RequireRateLimiting(HeavyRequests.ReadPolicy);
        return api;
    }

    private static Ok<IReadOnlyList<ScenarioJson>> Scenarios(AnalysisQueries q) => TypedResults.Ok(Chokepoint.Application.Handlers.ScenariosHandler.Handle(q.Session).Json);

    private static Results<Accepted<JobJson>, ProblemHttpResult> Simulate(SimulationQueries q, [FromBody] SimulationRequest? body)
    {
        if (body is null) throw new Chokepoint.Application.Inputs.RequestException("body", "expected a JSON body such as {\"scenario\": \"replay-2025\", \"runs\": 100, \"seed\": 1}");
        var loaded = q.Parse(body.Scenario, body.Yaml);
        var job = q.Start(loaded.Scenario, loaded.Label, body.Runs ?? 1, body.Seed ?? 1, body.AllNodes ?? false);
        return job is null ? Busy() : TypedResults.Accepted($"/api/v1/jobs/{job.Id}", job.Snapshot());
    }

    private static Results<Accepted<JobJson>, ProblemHttpResult> Backtest(SimulationQueries q, [FromBody] SimulationRequest? body)
    {
        if (body is null) throw new Chokepoint.Application.Inputs.RequestException("body", "expected a JSON body such as {\"scenario\": \"replay-2025\"}");
        var loaded = q.Parse(body.Scenario, body.Yaml);
        var job = q.StartBacktest(loaded.Scenario, loaded.Label, body.Runs ?? 1, body.Seed ?? 1);
        return job is null ? Busy() : TypedResults.Accepted($"/api/v1/jobs/{job.Id}", job.Snapshot());
    }

    internal static ProblemHttpResult Busy() =>
        TypedResults.Problem(Problems.Of(503, "queue", "the job queue is full; try again when a running job has finished"));

    private static Results<Ok<JobJson>, ProblemHttpResult> Job(JobBoard q, string id) =>
        q.Find(id) is { } job ? TypedResults.Ok(job.Snapshot()) : TypedResults.Problem(Problems.Of(404, "id", $"no job '{id}'; jobs are kept in memory until the server restarts"));

    private static IResult Csv(JobBoard q, string id, Func<SimulationResult, string> shape, string name)
    {
        if (q.Find(id) is not { } job) return TypedResults.Problem(Problems.Of(404, "id", $"no job '{id}'"));
        if (job.Payload is not SimulateAnswer { Result: var r }) return TypedResults.Problem(Problems.Of(409, "id", $"job '{id}' is {job.Snapshot().Status}, not a finished simulation"));
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(shape(r)), "text/csv; charset=utf-8", name);
    }

}
