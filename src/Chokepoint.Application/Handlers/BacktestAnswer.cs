using System.Text.Json.Nodes;
using Chokepoint.Application.Tables;
using Chokepoint.Simulation.Backtest;

namespace Chokepoint.Application.Handlers;

/// <summary>A back-test: the comparison, its JSON (with <c>prices</c> when the price model was fitted) and the price table, if any.</summary>
public sealed record BacktestAnswer(BacktestResult Result, JsonObject Json, Table? PriceTable);
