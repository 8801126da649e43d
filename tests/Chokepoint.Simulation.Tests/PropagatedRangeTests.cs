using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>Issue 23 §6: quantities that multiply up the tiers are checked, never silently overflowed.</summary>
public sealed class PropagatedRangeTests
{
    private static Model.Dataset Tiers(int tiers, double quantity, double demand)
    {
        var b = new DatasetBuilder().Product("p").Demand("p", "USA", demand);
        var output = "p";
        for (var t = 0; t < tiers; t++)
        {
            var input = $"t{t}";
            b.Item(input).Produced(input, ("CHN", 100)).Recipe(output, input, quantity);
            output = input;
        }
        return b.Build();
    }

    [Fact]
    public void A_chain_whose_quantities_multiply_past_the_bound_is_refused_naming_the_item()
    {
        // Reproducer (issue 23 §6): 16+ tiers of 1e9 per unit under 1e15 a year gave "no product fell short".
        var ex = Assert.Throws<ModelRangeException>(() => NetworkCompiler.Compile(Tiers(16, 1e9, 1e15), Chain.Scenario(30)));
        Assert.Contains("units a day", ex.Message, StringComparison.Ordinal);
        Assert.Contains("recipes.csv", ex.Message, StringComparison.Ordinal);
        Assert.Matches("t[0-9]+ in ", ex.Message);
    }

    [Fact]
    public void Forty_tiers_are_refused_too_instead_of_reporting_infinite_use()
    {
        Assert.Throws<ModelRangeException>(() => NetworkCompiler.Compile(Tiers(40, 1e9, 1e15), Chain.Scenario(30)));
    }

    [Fact]
    public void A_deep_chain_of_ordinary_quantities_still_runs()
    {
        var result = Simulator.Run(NetworkCompiler.Compile(Tiers(16, 2, 365), Chain.Scenario(30)), new SimulationOptions());
        Assert.NotEmpty(result.Outcomes);
    }

    [Fact]
    public void Every_propagated_baseline_of_a_compiled_network_is_finite_and_within_the_bound()
    {
        var compiled = NetworkCompiler.Compile(Tiers(3, 1e3, 1e9), Chain.Scenario(30));
        for (var j = 0; j < compiled.Network.NodeCount; j++)
            Assert.InRange(compiled.Network.BaselinePerDay(j), 0, NetworkLimits.MaxUnitsPerDay);
    }
}
