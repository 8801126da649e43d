using Chokepoint.Data.Diagnostics;
using Chokepoint.Simulation.Scenarios;
using Chokepoint.Model;

namespace Chokepoint.Application.Handlers;

/// <summary>A scenario read from a file, a text or the built-ins, with the warnings found on the way.</summary>
/// <param name="Label">The name it was asked by (built-in name or file), for titles and job summaries.</param>
public sealed record LoadedScenario(Scenario Scenario, string Label, IReadOnlyList<Diagnostic> Warnings);
