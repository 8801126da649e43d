using System.Text.Json.Nodes;
using Chokepoint.Application.Tables;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Application.Handlers;

/// <summary>A finished stress test: the result (for files and charts), its JSON contract and its table.</summary>
public sealed record SimulateAnswer(SimulationResult Result, JsonObject Json, Table Table);
