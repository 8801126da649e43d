using Chokepoint.Model;
using Chokepoint.Simulation.Network;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Compile;

/// <summary>
/// The standing sourcing rules of sourcing_rules.csv applied to one scenario: priority ratings mark slots, and procurement
/// bars either drop the barred origin from a buyer's mix (in force before day 0) or cut its edges from the bar's date
/// (a ban-like timeline, which the engine's reallocation then covers from other suppliers).
/// </summary>
internal sealed class SourcingRules
{
    private readonly Dataset _dataset;
    private readonly List<(SourcingRule Rule, int Measure)> _bars = [];
    private readonly List<SourcingRule> _priority = [];

    public SourcingRules(Dataset dataset, Scenario scenario, NetworkBuilder builder)
    {
        _dataset = dataset;
        foreach (var rule in dataset.Tables.SourcingRules)
        {
            if (rule.Kind == SourcingRule.Priority) { _priority.Add(rule); continue; }
            if (rule.Kind != SourcingRule.Bar) continue; // domestic shares shape the mix (SourcingMix), they bar nothing
            if (rule.From is not { } from || from <= scenario.Start) { _bars.Add((rule, -1)); continue; }
            var inForce = new bool[scenario.HorizonDays];
            var first = from.DayNumber - scenario.Start.DayNumber;
            if (first >= inForce.Length) continue;
            for (var t = first; t < inForce.Length; t++) inForce[t] = true;
            _bars.Add((rule, builder.AddMeasure(new MeasureTimeline("rule:" + rule.Id, inForce, 0, false, 0, 0))));
        }
    }

    /// <summary>True when makers of <paramref name="holder"/> in <paramref name="country"/> have priority for <paramref name="item"/>.</summary>
    public bool HasPriority(string item, string country, string? holder) =>
        _priority.Any(r => r.Country == country && Covers(r, item, holder));

    /// <summary>True when a bar in force from before day 0 forbids this buyer <paramref name="item"/> from <paramref name="origin"/>.</summary>
    public bool BarredFromStart(string item, string origin, string country, string? holder) =>
        _bars.Any(b => b.Measure < 0 && b.Rule.OriginCountry == origin && b.Rule.Country == country && Covers(b.Rule, item, holder));

    /// <summary>Measure indices of bars that begin within the horizon on this buyer's purchases of <paramref name="item"/> from <paramref name="origin"/>.</summary>
    public IEnumerable<int> BarsFrom(string item, string origin, string country, string? holder) =>
        _bars.Where(b => b.Measure >= 0 && b.Rule.OriginCountry == origin && b.Rule.Country == country && Covers(b.Rule, item, holder)).Select(b => b.Measure);

    private bool Covers(SourcingRule rule, string item, string? holder)
    {
        if (!rule.Covers(item)) return false;
        if (rule.Holder == Names.Everyone) return true;
        if (holder is null) return false;
        return rule.Holder == holder || (_dataset.Items.TryGetValue(holder, out var it) && it.Industry == rule.Holder);
    }
}
