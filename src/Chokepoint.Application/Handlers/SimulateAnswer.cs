using System.Text.Json.Nodes;
using Chokepoint.Application.Tables;
using Chokepoint.Simulation.MonteCarlo;

namespace Chokepoint.Application.Handlers;

/// <summary>A finished stress test: the result (for files and charts), its JSON contract and its table.</summary>
public sealed record SimulateAnswer(SimulationResult Result, JsonObject Json, Table Table)
{
    /// <summary>Modelled price paths per item and market (null when the dataset has no observed prices or the run is too large to keep them).</summary>
    public Prices.PriceOutcome? Prices { get; init; }
}
