using Chokepoint.Analysis.Leverage;
using Chokepoint.Model;
using Chokepoint.Simulation.Compile;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Mitigation;

/// <summary>What helps the target under a scenario: the stockpile found, other suppliers and gaps, and substitutes.</summary>
public sealed record MitigationResult(
    string Scenario, string Target, string? Product, double Percentile, int Runs, int HorizonDays, DateOnly Start,
    StockpilePlan Stockpile, IReadOnlyList<SupplierRow> Suppliers, IReadOnlyList<SupplyGap> Gaps, IReadOnlyList<SubstituteRow> Substitutes);

/// <summary>Options of <see cref="MitigationAnalysis"/>.</summary>
/// <param name="Percentile">Share of Monte Carlo runs (0–100] in which demand must be met through the horizon.</param>
/// <param name="Runs">Monte Carlo runs per evaluation (1 = the scenario as written).</param>
/// <param name="CloseBy">Date by which the extra capacity must close each gap; null = one year after the start.</param>
public sealed record MitigationOptions(double Percentile = 95, int Runs = 100, int Seed = 1, int Threads = 1, DateOnly? CloseBy = null);

/// <summary>Runs the three "what helps" analyses for one target (docs/model.md, "What helps"). The library behind <c>chokepoint mitigate</c> and the report.</summary>
public static class MitigationAnalysis
{
    /// <summary>Analyses <paramref name="scenario"/> for <paramref name="target"/> (optionally one product); throws <see cref="ArgumentException"/> when the target has no followed demand.</summary>
    public static MitigationResult Run(Dataset dataset, Scenario scenario, string target, string? product, MitigationOptions options)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var compiled = NetworkCompiler.Compile(dataset, scenario);
        var demand = StockpileSearch.DemandNodes(compiled, target, product);
        if (demand.Count == 0)
            throw new ArgumentException($"the scenario follows no final demand of {product ?? "any product"} in {target}", nameof(target));
        var values = new UnitValues(dataset);
        var candidates = StockpileSearch.Candidates(compiled.Network, target,
            item => (dataset.Items.TryGetValue(item, out var it) ? it.Unit : "", values.UsdPerUnit(item)));
        var evaluator = new CoverEvaluator(compiled, demand, options.Runs, options.Seed, options.Threads);
        var plan = StockpileSearch.Search(evaluator, candidates, options.Percentile);

        var peak = ScenarioMeasures.Peak(dataset, scenario);
        var measures = ScenarioMeasures.Of(dataset, scenario);
        var issuers = measures.Select(m => m.Issuer).ToHashSet(StringComparer.Ordinal);
        var products = dataset.Tables.Demand.Where(d => d.Country == target && (product is null || d.Product == product)).ToList();
        var use = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var item in measures.SelectMany(m => m.Items).Distinct(StringComparer.Ordinal))
        {
            var perYear = products.Sum(d => d.UnitsPerYear * EmbodiedUse.Content(dataset, d.Product, item, 0));
            if (perYear > 0) use[item] = perYear;
        }
        var closeBy = options.CloseBy ?? scenario.Start.AddDays(365);
        var (suppliers, gaps) = SupplierOptions.Of(dataset, peak, issuers, target, use, scenario.Start, closeBy);
        var substitutes = Substitutes.Of(dataset, peak, target, compiled.Network.ItemIds);
        return new MitigationResult(scenario.Name, target, product, options.Percentile, options.Runs, scenario.HorizonDays, scenario.Start,
            plan, suppliers, gaps, substitutes);
    }
}
