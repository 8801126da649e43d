using Chokepoint.Model;
using Chokepoint.Analysis.Controls;
using Chokepoint.Simulation.Network;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Compile;

/// <summary>
/// The restricting measures of a scenario (registry ids plus ad-hoc controls) compiled to day timelines, and
/// the restriction group of each (issuer, item, destination).
/// </summary>
internal sealed class MeasureSet
{
    /// <summary>Approval rate of a licence regime whose record gives none (assumed; see docs/model.md).</summary>
    public const double DefaultApprovalRate = 0.5;
    /// <summary>Licence delay of a licence regime whose record gives none: China's statutory review period, in days.</summary>
    public const int DefaultLicenceDelayDays = 45;
    private const int LookBackDays = 3700;

    private readonly List<ControlMeasure> _measures = [];
    private readonly List<int> _index = [];
    private readonly NetworkBuilder _builder;
    private readonly Dictionary<(string Issuer, string Item, string Buyer), int> _edgeGroups = [];
    private readonly Dictionary<(string Issuer, string Item), int> _issuerGroups = [];

    public MeasureSet(Dataset dataset, Scenario scenario, NetworkBuilder builder)
    {
        _builder = builder;
        var ignore = scenario.IgnoreSuspensions;
        var registry = dataset.Tables.Controls.Where(m => !ignore || m.Kind != MeasureKind.Suspension);
        var chosen = scenario.MeasureIds.Select(id => dataset.Measures[id]).Concat(scenario.Controls)
            .Select(m => ignore ? m with { SuspendedFrom = null, SuspendedUntil = null } : m).ToList();
        var resolver = new MeasureResolver(registry.Concat(scenario.Controls).ToList());
        bool InForce(ControlMeasure m, DateOnly d) => resolver.StatusOn(m, d) == MeasureStatus.InForce;
        foreach (var m in chosen)
        {
            if (!MeasureResolver.IsGoodsRestriction(m)) continue;
            var inForce = new bool[scenario.HorizonDays];
            for (var t = 0; t < inForce.Length; t++) inForce[t] = InForce(m, scenario.Start.AddDays(t));
            var before = 0;
            while (before < LookBackDays && InForce(m, scenario.Start.AddDays(-before - 1))) before++;
            var licence = m.Kind is MeasureKind.Licence or MeasureKind.Extraterritorial;
            var timeline = new MeasureTimeline(m.Id, inForce, before, licence,
                m.ApprovalRate ?? DefaultApprovalRate, m.LicenceDelayDays ?? DefaultLicenceDelayDays);
            _measures.Add(m);
            _index.Add(builder.AddMeasure(timeline));
        }
    }

    /// <summary>Measures that restrict at least one day of the horizon, as chosen.</summary>
    public IReadOnlyList<ControlMeasure> Measures => _measures;

    /// <summary>Group of the measures restricting item <paramref name="item"/> from <paramref name="issuer"/> to a buyer in <paramref name="buyer"/>.</summary>
    public int EdgeGroup(string issuer, string item, string buyer)
    {
        if (_edgeGroups.TryGetValue((issuer, item, buyer), out var g)) return g;
        var list = new List<int>();
        for (var i = 0; i < _measures.Count; i++)
        {
            var m = _measures[i];
            if (m.Issuer == issuer && m.Items.Contains(item) && m.Targets(buyer)) list.Add(_index[i]);
        }
        return _edgeGroups[(issuer, item, buyer)] = _builder.Group(list);
    }

    /// <summary>Group of every measure on <paramref name="item"/> issued by <paramref name="issuer"/> (whatever the destination).</summary>
    public int IssuerGroup(string issuer, string item)
    {
        if (_issuerGroups.TryGetValue((issuer, item), out var g)) return g;
        var list = new List<int>();
        for (var i = 0; i < _measures.Count; i++)
            if (_measures[i].Issuer == issuer && _measures[i].Items.Contains(item)) list.Add(_index[i]);
        return _issuerGroups[(issuer, item)] = _builder.Group(list);
    }
}
