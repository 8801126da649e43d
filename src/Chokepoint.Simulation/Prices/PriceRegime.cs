using Chokepoint.Analysis.Controls;
using Chokepoint.Model;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Prices;

/// <summary>
/// The licence regime term of the price model: the share of the outside market's baseline imports of an item that a
/// goods restriction of the issuer reaches on a date. Measures: the scenario's, and the registry's that took effect
/// before the scenario's start (a regime already in force keeps its price premium). Immutable; thread-safe.
/// </summary>
public sealed class PriceRegime
{
    private readonly MeasureResolver _resolver;
    private readonly List<ControlMeasure> _registry;
    private readonly List<ControlMeasure> _adHoc;
    private readonly bool _ignoreSuspensions;

    /// <summary>The regime of <paramref name="scenario"/> over <paramref name="dataset"/>.</summary>
    public PriceRegime(Dataset dataset, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(scenario);
        _resolver = new MeasureResolver(dataset.Tables.Controls, dataset.Tables.ControlsReviewedThrough);
        var ids = scenario.MeasureIds.ToHashSet(StringComparer.Ordinal);
        _registry = dataset.Tables.Controls.Where(m => MeasureResolver.IsGoodsRestriction(m) && (ids.Contains(m.Id) || m.Effective < scenario.Start)).ToList();
        _adHoc = scenario.Controls.Where(MeasureResolver.IsGoodsRestriction).ToList();
        _ignoreSuspensions = scenario.IgnoreSuspensions;
    }

    /// <summary>
    /// Share (0–1) of <paramref name="importWeights"/> (baseline imports by importing country) that a measure of
    /// <paramref name="issuer"/> on <paramref name="item"/> reaches on <paramref name="date"/>; 0 when the weights are empty.
    /// </summary>
    public double Share(string item, string issuer, DateOnly date, IReadOnlyDictionary<string, double> importWeights)
    {
        ArgumentNullException.ThrowIfNull(importWeights);
        var inForce = new List<ControlMeasure>();
        foreach (var m in _registry)
            if (m.Issuer == issuer && m.Items.Contains(item) && InForce(m, date)) inForce.Add(m);
        foreach (var m in _adHoc)
            if (m.Issuer == issuer && m.Items.Contains(item) && m.Effective <= date && (m.Ended is not { } end || date < end)) inForce.Add(m);
        if (inForce.Count == 0) return 0;
        double covered = 0, total = 0;
        foreach (var (importer, w) in importWeights)
        {
            total += w;
            foreach (var m in inForce)
                if (m.Targets(importer)) { covered += w; break; }
        }
        return total > 0 ? covered / total : 0;
    }

    private bool InForce(ControlMeasure m, DateOnly date)
    {
        if (_ignoreSuspensions) return m.Effective <= date && (m.Ended is not { } end || date < end);
        return _resolver.Review(m, date)?.Effective == MeasureStatus.InForce;
    }
}
