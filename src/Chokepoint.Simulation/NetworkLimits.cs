using System.Globalization;
using Chokepoint.Simulation.Network;

namespace Chokepoint.Simulation;

/// <summary>
/// Bounds of the quantities a compiled network carries. Each dataset field is bounded on its own
/// (InputLimits), but recipe quantities multiply up the tiers: 1e15 a year of demand through 16 tiers of
/// 1e9 per unit is 1e159 a day, and products of such flows overflow to infinity inside a run, which then
/// reported "no product fell short". Every node's baseline and every edge's flow is checked after
/// compilation. Thread-safe (no state).
/// </summary>
public static class NetworkLimits
{
    /// <summary>Most units a day any node or edge may carry (1e21, about 1e24 a year: far above any real flow, far inside a double).</summary>
    public const double MaxUnitsPerDay = 1e21;

    /// <summary>Throws when a baseline or flow of <paramref name="network"/> is not finite or exceeds <see cref="MaxUnitsPerDay"/>.</summary>
    /// <exception cref="ModelRangeException">A propagated quantity is out of range; the message names the node.</exception>
    public static void Check(SupplyNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        for (var j = 0; j < network.NodeCount; j++)
        {
            var v = network.Baseline[j];
            if (!double.IsFinite(v) || Math.Abs(v) > MaxUnitsPerDay)
                throw new ModelRangeException(string.Create(CultureInfo.InvariantCulture,
                    $"{network.Labels[j].Item} in {network.Labels[j].Country} would need {v:0.###e+0} units a day once demand is pushed up the recipes; expected at most {MaxUnitsPerDay:0e+0} (check recipes.csv quantities and final demand along this chain: they multiply tier by tier)"));
        }
        for (var e = 0; e < network.EdgeFlow.Length; e++)
            if (!double.IsFinite(network.EdgeFlow[e]) || Math.Abs(network.EdgeFlow[e]) > MaxUnitsPerDay)
                throw new ModelRangeException(string.Create(CultureInfo.InvariantCulture,
                    $"a supply flow of {network.EdgeFlow[e]:0.###e+0} units a day is out of range; expected at most {MaxUnitsPerDay:0e+0} (check recipes.csv quantities and final demand: they multiply tier by tier)"));
    }
}
