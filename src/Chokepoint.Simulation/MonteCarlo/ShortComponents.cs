using Chokepoint.Simulation.Compile;
using Chokepoint.Model;
using Chokepoint.Simulation.Engine;
using Chokepoint.Simulation.Network;

namespace Chokepoint.Simulation.MonteCarlo;

/// <summary>A component (an item of kind component) whose makers in a country fell short in the run as written.</summary>
/// <param name="Item">Item id.</param>
/// <param name="Country">The makers' country (a plant's country for a plant).</param>
/// <param name="TtsDay">First day with unmet demand.</param>
/// <param name="MinOutputFraction">Lowest daily output fraction.</param>
public sealed record ShortComponent(string Item, string Country, int TtsDay, double MinOutputFraction);

/// <summary>
/// The components that fell short in one run as written (registry rates and delays, stocks as given): what a default
/// simulation, which tracks products and final demand only, would otherwise not show (e.g. control units short of
/// discretes while the cars they go into are not).
/// </summary>
public static class ShortComponents
{
    /// <summary>The component nodes of <paramref name="compiled"/> that fell short in one run as written, earliest first.</summary>
    public static IReadOnlyList<ShortComponent> Of(CompiledScenario compiled)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        return From(compiled.Network, new DailyEngine(compiled.Network).Run(RunParameters.AsWritten, []));
    }

    /// <summary>The component nodes of <paramref name="network"/> that fell short in <paramref name="run"/>, earliest first.</summary>
    internal static IReadOnlyList<ShortComponent> From(SupplyNetwork network, RunResult run)
    {
        var component = Names.Of(ItemKind.Component);
        var list = new List<ShortComponent>();
        for (var j = 0; j < network.NodeCount; j++)
        {
            var label = network.Labels[j];
            if (label.Kind != component || run.TtsDays[j] < 0) continue;
            list.Add(new ShortComponent(label.Item, label.Country, run.TtsDays[j], run.MinOutputFraction[j]));
        }
        return list.OrderBy(c => c.TtsDay).ThenBy(c => c.Item, StringComparer.Ordinal).ThenBy(c => c.Country, StringComparer.Ordinal).ToList();
    }
}
