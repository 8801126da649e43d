namespace Chokepoint.Application.Handlers;

/// <summary>simulate: a scenario and the run's settings.</summary>
/// <param name="Runs">1 = the scenario as written; more = Monte Carlo over its uncertain parameters.</param>
/// <param name="Threads">Worker threads (1–256).</param>
/// <param name="AllNodes">Report every node, not only products and final demand.</param>
/// <param name="Flows">Add the daily modelled flow of every item between every pair of countries.</param>
public sealed record SimulateRequest(string? Scenario, int Runs = 1, int Seed = 1, int Threads = 1, bool AllNodes = false, bool Flows = false);
