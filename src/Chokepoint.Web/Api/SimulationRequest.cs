namespace Chokepoint.Web.Api;

/// <summary>The body of POST simulations: a built-in scenario name or a scenario YAML, runs (1 = deterministic) and seed.</summary>
public sealed record SimulationRequest(string? Scenario, string? Yaml, int? Runs, int? Seed, bool? AllNodes);
