namespace Chokepoint.Application.Prices;

/// <summary>prices: an item, the scenario whose runs model its prices, and the Monte Carlo settings.</summary>
/// <param name="Runs">Monte Carlo runs behind the median and p5–p95 (1–10,000).</param>
public sealed record PricesRequest(string? Item, string? Scenario = PriceRuns.CalibrationScenario, int Runs = 100, int Seed = 1);
