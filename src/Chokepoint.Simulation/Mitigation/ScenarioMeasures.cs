using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Exposure;
using Chokepoint.Model;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Mitigation;

/// <summary>The goods measures of a scenario, and the static blockade they impose at their peak (all in force, suspensions ignored).</summary>
public static class ScenarioMeasures
{
    /// <summary>Registry measures and ad-hoc controls of <paramref name="scenario"/> that restrict goods.</summary>
    public static IReadOnlyList<ControlMeasure> Of(Dataset dataset, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.MeasureIds.Select(id => dataset.Measures[id]).Concat(scenario.Controls)
            .Where(MeasureResolver.IsGoodsRestriction).ToList();
    }

    /// <summary>Every measure of the scenario in force at once: the static bound of its worst day.</summary>
    public static Blockade Peak(Dataset dataset, Scenario scenario)
    {
        var measures = Of(dataset, scenario).Select(m => m with { SuspendedFrom = null, SuspendedUntil = null, Ended = null }).ToList();
        var day = measures.Count == 0 ? scenario.Start : measures.Max(m => m.Effective);
        return Blockade.AsOf(measures, day);
    }
}
