using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Network;

namespace Chokepoint.Testing;

/// <summary>Builds a <see cref="SimulationResult"/> from node curves, for tests of what is drawn and shown from a stress test.</summary>
public sealed class OutcomeBuilder
{
    private readonly List<NodeOutcome> _outcomes = [];

    /// <summary>Days in each curve.</summary>
    public int Days { get; init; } = 30;

    /// <summary>Adds a node whose output is 1 until <paramref name="dropDay"/>, then <paramref name="low"/>; with a band of ±<paramref name="spread"/> when above zero.</summary>
    public OutcomeBuilder Node(string item, string country, string kind, double low, int dropDay = 10, double spread = 0.05)
    {
        var series = Enumerable.Range(0, Days).Select(t => t < dropDay ? 1.0 : low).ToList();
        var p5 = spread > 0 ? series.Select(v => Math.Max(0, v - spread)).ToList() : null;
        var p95 = spread > 0 ? series.Select(v => Math.Min(1, v + spread)).ToList() : null;
        var lost = 100 * series.Sum(v => 1 - v) / Days;
        _outcomes.Add(new NodeOutcome(new NodeLabel(item, country, kind), low < 1 ? Stat.Of(dropDay) : Stat.Of(null), Stat.Of(null), Stat.Of(lost), Stat.Of(low), series, p5, p95));
        return this;
    }

    /// <summary>The result, outcomes worst first (largest lost output), as the engine orders them.</summary>
    public SimulationResult Build(string scenario = "scenario", int runs = 20) =>
        new(scenario, new DateOnly(2025, 1, 1), Days, runs, 1, _outcomes.OrderByDescending(o => o.LostOutputPct.Median).ToList(), []);
}
