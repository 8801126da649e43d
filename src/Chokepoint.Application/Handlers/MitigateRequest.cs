namespace Chokepoint.Application.Handlers;

/// <summary>mitigate: a scenario, the target whose demand must be met, and the search's settings.</summary>
/// <param name="Percentile">Share of Monte Carlo runs (0–100] in which demand must be met through the horizon.</param>
/// <param name="Runs">Monte Carlo runs per evaluation (1–10000).</param>
/// <param name="Threads">Worker threads (at least 1).</param>
/// <param name="CloseBy">Date (YYYY-MM-DD) by which other suppliers should close each gap; one year after the start when null.</param>
public sealed record MitigateRequest(string? Scenario, string? Target, string? Product = null, double Percentile = 95, int Runs = 100, int Seed = 1, int Threads = 1, string? CloseBy = null);
