using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Contracts;

/// <summary>A built-in stress-test scenario (scenarios).</summary>
/// <param name="Name">The name to run it by.</param>
/// <param name="Measures">Registry measure ids the scenario applies.</param>
/// <param name="AdHocControls">Number of controls written in the scenario itself.</param>
public sealed record ScenarioJson(string Name, string Title, string Start, int HorizonDays, IReadOnlyList<string> Measures, int AdHocControls, string Description)
{
    /// <summary>The contract of a parsed scenario under its built-in name.</summary>
    public static ScenarioJson Of(string name, Scenario s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(name, s.Name, ContractJson.Date(s.Start), s.HorizonDays, s.MeasureIds, s.Controls.Count, s.Description);
    }
}
