using System.Text.Json.Nodes;
using Chokepoint.Application.Tables;
using Chokepoint.Simulation.Calibration;

namespace Chokepoint.Application.Handlers;

/// <summary>A finished calibration: the fits, their JSON contract and their table.</summary>
public sealed record CalibrateAnswer(IReadOnlyList<SeriesFit> Fits, JsonObject Json, Table Table);
