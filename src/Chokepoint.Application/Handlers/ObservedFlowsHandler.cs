using System.Text.Json.Nodes;
using Chokepoint.Simulation.Calibration;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Application.Handlers;

/// <summary>Replays that take the observed flows as given (issue 18 §3): the session and scenario to run, and what was driven.</summary>
public static class ObservedFlowsHandler
{
    /// <summary>When <paramref name="on"/>, the session's dataset and the scenario with exports driven by observed/flows.csv; else both unchanged.</summary>
    public static (Session Session, Scenario Scenario, IReadOnlyList<string> Notes) Apply(Session s, Scenario scenario, bool on)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(scenario);
        if (!on) return (s, scenario, []);
        var (dataset, replay, notes) = ObservedFlowPhases.Apply(s.Dataset, scenario);
        return (s with { Dataset = dataset }, replay, notes);
    }

    /// <summary>Adds the notes of <see cref="Apply"/> to a simulation's table and JSON (<c>observed_flows</c>).</summary>
    public static SimulateAnswer Annotate(SimulateAnswer answer, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(notes);
        if (notes.Count == 0) return answer;
        foreach (var n in notes) answer.Table.Note("Observed flows: " + n);
        answer.Json["observed_flows"] = new JsonArray(notes.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
        return answer;
    }
}
