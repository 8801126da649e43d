namespace Chokepoint.Contracts;

/// <summary>The report's stress test: the scenario, runs and seed, the rows of its table and the outcomes behind them.</summary>
public sealed record StressTestJson(string Scenario, int Runs, int Seed, IReadOnlyList<StressRowJson> Rows, IReadOnlyList<StressOutcomeJson> Worst);
