namespace Chokepoint.Contracts;

/// <summary>What helps under a scenario (mitigate): the stockpile, other suppliers, substitutes, and the gaps they leave.</summary>
/// <param name="Percentile">Share of Monte Carlo runs (%) in which demand must be met through the horizon.</param>
/// <param name="BaselineTtsDays">First day of unmet demand without extra cover.</param>
public sealed record MitigationJson(string Scenario, string Target, double Percentile, IReadOnlyList<StockpileLineJson> Stockpile, IReadOnlyList<SupplierJson> Suppliers,
    IReadOnlyList<SubstituteJson> Substitutes, bool StockpileAchieved, int BaselineTtsDays, IReadOnlyList<GapJson> Gaps);
