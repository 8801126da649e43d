using Chokepoint.Simulation.Engine;

namespace Chokepoint.Simulation.MonteCarlo;

/// <summary>The modelled daily flow of an item from one country to another, leaving the exporter (median over runs).</summary>
/// <param name="PerDay">Flow on each day of the horizon, in the item's units per day.</param>
/// <param name="BaselinePerDay">The flow before any measure or shortage, in the item's units per day.</param>
public sealed record FlowSeries(FlowKey Key, IReadOnlyList<double> PerDay, double BaselinePerDay);
