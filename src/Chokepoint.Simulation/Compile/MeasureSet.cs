using Chokepoint.Model;
using Chokepoint.Analysis.Controls;
using Chokepoint.Simulation.Network;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Compile;

/// <summary>
/// The restricting measures of a scenario (registry ids plus ad-hoc controls) compiled to day timelines, and
/// the restriction group of each (supplier, item, destination). A measure reaches a flow as its scope clauses say
/// (exports of its issuer; re-exports and foreign content from their own dates, in the share
/// <see cref="ScopeReach"/> computes) and passes, toward each destination, the approval rate of its licence phase
/// of the day. One timeline per measure, destination class (destinations a phase names, or the rest) and
/// supplier reach, created when an edge needs it.
/// </summary>
internal sealed class MeasureSet
{
    /// <summary>Approval rate of a licence regime whose record gives none (assumed; see docs/model.md).</summary>
    public const double DefaultApprovalRate = 0.5;
    /// <summary>Licence delay of a licence regime whose record gives none: China's statutory review period, in days.</summary>
    public const int DefaultLicenceDelayDays = 45;
    private const int LookBackDays = 3700;

    private readonly Dataset _dataset;
    private readonly Scenario _scenario;
    private readonly List<ControlMeasure> _measures = [];
    private readonly List<MeasureTimeline> _base = [];
    private readonly List<int> _index = [];
    private readonly NetworkBuilder _builder;
    private readonly Dictionary<(int Measure, string Destination, string EndUse, string Supplier, string Item), int> _timelines = [];
    private readonly Dictionary<(string Supplier, string Item, string Buyer, string EndUse), int> _edgeGroups = [];
    private readonly Dictionary<(string Issuer, string Item), int> _issuerGroups = [];

    public MeasureSet(Dataset dataset, Scenario scenario, NetworkBuilder builder)
    {
        _dataset = dataset;
        _scenario = scenario;
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
            var timeline = new MeasureTimeline(m.Id, inForce, before, m.IsLicenceRegime,
                m.ApprovalRate ?? DefaultApprovalRate, m.LicenceDelayDays ?? DefaultLicenceDelayDays)
            {
                DailyApproval = PhaseApproval(m, Names.Everyone),
            };
            _measures.Add(m);
            _base.Add(timeline);
            _index.Add(builder.AddMeasure(timeline));
        }
    }

    /// <summary>Measures that restrict at least one day of the horizon, as chosen.</summary>
    public IReadOnlyList<ControlMeasure> Measures => _measures;

    /// <summary>
    /// Group of the measures restricting item <paramref name="item"/> from <paramref name="supplier"/> to a buyer in
    /// <paramref name="buyer"/> of end-use class <paramref name="endUse"/> (issue 17 §2: a ban on military users reaches
    /// the edges of military buyers alone; resolved here, once per edge, so the daily loop has no end-use branch).
    /// </summary>
    public int EdgeGroup(string supplier, string item, string buyer, string endUse = Names.CivilUse)
    {
        if (_edgeGroups.TryGetValue((supplier, item, buyer, endUse), out var g)) return g;
        var list = new List<int>();
        for (var i = 0; i < _measures.Count; i++)
        {
            var m = _measures[i];
            if (supplier == buyer || !m.Items.Contains(item) || !m.Targets(buyer, endUse)) continue;
            if (Timeline(i, item, supplier, buyer, endUse) is { } index) list.Add(index);
        }
        return _edgeGroups[(supplier, item, buyer, endUse)] = _builder.Group(list);
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

    // The timeline of measure i for this flow: the base one when the measure reaches the whole flow from its start
    // and has no phase naming the buyer; otherwise one with its own daily reach and approval. Null when never reached.
    private int? Timeline(int i, string item, string supplier, string buyer, string endUse)
    {
        var m = _measures[i];
        var destination = m.Phases.Any(p => p.NamesDestination(buyer)) ? buyer : Names.Everyone;
        var use = m.Phases.Any(p => p.NamesEndUse(endUse)) ? endUse : Names.CivilUse;
        var reach = DailyReach(m, item, supplier);
        if (reach is not null && reach.All(r => r <= 0)) return null;
        // Phases per item (issue 17 §5): the item's own timeline when any phase names items.
        var phaseItem = m.HasItemPhases ? item : null;
        if (reach is null && destination == Names.Everyone && use == Names.CivilUse && phaseItem is null) return _index[i];
        var key = (i, destination, use, reach is null ? "" : supplier + "/" + item, phaseItem ?? "");
        if (_timelines.TryGetValue(key, out var index)) return index;
        var timeline = _base[i] with { DailyApproval = PhaseApproval(m, destination, use, phaseItem), DailyReach = reach };
        return _timelines[key] = _builder.AddMeasure(timeline);
    }

    // Null when the measure reaches the whole flow on every day it is in force (issuer's exports from its effective date).
    private double[]? DailyReach(ControlMeasure m, string item, string supplier)
    {
        if (supplier == m.Issuer && m.ClauseFrom(ScopeKind.Export) is { } a && a <= m.Effective && m.ReachShare is null) return null;
        var parts = ScopeReach.Parts(_dataset, m, item, supplier);
        var reach = new double[_scenario.HorizonDays];
        for (var t = 0; t < reach.Length; t++)
            reach[t] = parts.On(m, _scenario.Start.AddDays(t));
        return reach;
    }

    // Approval rate of each day from the phases toward the destination class (NaN: the measure's own; 0 during a phase's delay).
    private double[]? PhaseApproval(ControlMeasure m, string destination, string endUse = Names.CivilUse, string? item = null)
    {
        if (m.Phases.Count == 0) return null;
        var daily = new double[_scenario.HorizonDays];
        for (var t = 0; t < daily.Length; t++)
        {
            var day = _scenario.Start.AddDays(t);
            var phase = m.PhaseOn(day, destination, endUse, item);
            daily[t] = phase is null ? double.NaN
                : phase.LicenceDelayDays is { } d && day < phase.From.AddDays(d) ? 0.0
                : phase.ApprovalRate ?? double.NaN;
        }
        return daily;
    }
}
