using Chokepoint.Simulation.Network;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Compile;

/// <summary>A scenario compiled against a dataset: the network, the nodes reported by default, and notes on assumptions made.</summary>
/// <param name="ReportedNodes">Final demand nodes and producers of product items, by node index (ascending).</param>
/// <param name="Notes">Assumptions the compiler had to make (items without shares, unusable quantities), for the user.</param>
public sealed record CompiledScenario(Scenario Scenario, SupplyNetwork Network, IReadOnlyList<int> ReportedNodes, IReadOnlyList<string> Notes);
