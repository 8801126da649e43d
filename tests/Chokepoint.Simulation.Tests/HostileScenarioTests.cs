using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Tests;

/// <summary>Issue 13 defects 2–5: scenario dates, huge numbers, scenarios checked by validate, memory estimated before allocating.</summary>
public sealed class HostileScenarioTests
{
    private static readonly Dataset Data = Chain.Builder().WithMeasure().Build();

    private static (Scenario? Scenario, DiagnosticBag Diagnostics) Parse(string yaml)
    {
        var d = new DiagnosticBag();
        return (ScenarioParser.Parse("s.yaml", yaml, Data, d), d);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void A_start_at_the_ends_of_the_calendar_is_a_diagnostic_not_an_exception(string start)
    {
        var (s, d) = Parse($"name: x\nstart: {start}\nhorizon_days: 3650\n");

        Assert.Null(s);
        var error = Assert.Single(d.Items, x => x.Severity == Severity.Error);
        Assert.Equal(2, error.Line);
        Assert.Contains("expected a date from 1900-01-01 to 2199-12-31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Demand_of_1e308_units_a_year_is_refused_instead_of_an_infinite_flow()
    {
        var (s, d) = Parse("name: x\nstart: 2025-01-01\ndemand:\n  - {product: p, country: USA, units_per_year: 1e308}\n");

        Assert.Null(s);
        Assert.Contains(d.Items, x => x.Message.Contains("units_per_year", StringComparison.Ordinal) && x.Message.Contains("out of range", StringComparison.Ordinal));
    }

    [Fact]
    public void Catalog_check_reports_a_built_in_scenario_with_a_zero_horizon()
    {
        var tables = Data.Tables with
        {
            ScenarioFiles = new Dictionary<string, string> { ["zero.yaml"] = "name: Zero\nstart: 2025-01-01\nhorizon_days: 0\n" },
        };

        var diagnostics = ScenarioCatalog.Check(new Dataset(tables));

        var error = Assert.Single(diagnostics);
        Assert.Equal("scenarios/zero.yaml", error.File);
        Assert.Contains("horizon_days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Memory_estimate_grows_with_runs_and_a_request_past_the_limit_is_refused_naming_it()
    {
        var compiled = NetworkCompiler.Compile(Data, Chain.Scenario(365, "M"));
        var one = MemoryBudget.SimulationBytes(compiled, new SimulationOptions(1, 1, 1));
        var many = MemoryBudget.SimulationBytes(compiled, new SimulationOptions(100_000, 1, 1));

        Assert.True(many > one);
        Assert.Null(MemoryBudget.Refusal(one, 1L << 30, "1 run", "lower --runs"));
        var refusal = MemoryBudget.Refusal(many, 1L << 20, "100,000 runs", "lower --runs");
        Assert.NotNull(refusal);
        Assert.Contains("the limit is 1 MB", refusal, StringComparison.Ordinal);
        Assert.Contains("lower --runs", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_synthetic_network_of_two_billion_edges_is_estimated_beyond_any_ordinary_machine()
    {
        Assert.True(MemoryBudget.SyntheticNetworkBytes(1000, int.MaxValue) > 60L << 30);
        Assert.True(MemoryBudget.SyntheticNetworkBytes(100_000_000, 100_000_000) > 40L << 30);
    }
}
