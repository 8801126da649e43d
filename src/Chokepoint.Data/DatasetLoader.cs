using Chokepoint.Data.Diagnostics;
using Chokepoint.Data.Sources;
using Chokepoint.Data.Tables;
using Chokepoint.Data.Validation;
using Chokepoint.Data.Yaml;
using Chokepoint.Model;

namespace Chokepoint.Data;

/// <summary>The outcome of loading a dataset: the dataset (null when it has errors) and every diagnostic.</summary>
public sealed record LoadResult(Dataset? Dataset, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Reads a dataset folder, optionally layered with an overlay folder (--with): overlay rows with the
/// same key replace base rows, new rows add. Then validates the merged dataset across files.
/// </summary>
public static class DatasetLoader
{
    /// <summary>Loads the embedded default dataset.</summary>
    public static LoadResult LoadDefault() => Load(EmbeddedDataSource.Default);

    /// <summary>
    /// Loads <paramref name="baseSource"/>, layered with <paramref name="overlay"/> when given, reading at most
    /// <paramref name="budget"/> bytes across every file (default <see cref="ReadBudget.DefaultBytes"/>).
    /// </summary>
    public static LoadResult Load(IDataSource baseSource, IDataSource? overlay = null, ReadBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(baseSource);
        var diagnostics = new DiagnosticBag();
        budget ??= new ReadBudget();
        var tables = ReadTables(baseSource, diagnostics, required: true, budget);
        if (overlay is not null)
            tables = Layer(tables, ReadTables(overlay, diagnostics, required: false, budget));
        tables = DestinationGroups.Expand(tables);
        DatasetValidator.Validate(tables, diagnostics);
        var dataset = diagnostics.HasErrors ? null : new Dataset(tables);
        return new LoadResult(dataset, diagnostics.Items);
    }

    private static DatasetTables ReadTables(IDataSource source, DiagnosticBag d, bool required, ReadBudget budget)
    {
        var registry = ControlsReader.ReadRegistry(source, d, required, budget);
        return new DatasetTables
        {
            Sources = ReadSpec(Specs.Sources, source, d, required, budget),
            Countries = ReadSpec(Specs.Countries, source, d, required, budget),
            Items = ReadSpec(Specs.Items, source, d, required, budget),
            Production = ReadSpec(Specs.Production, source, d, required, budget),
            Firms = ReadSpec(FirmSpecs.Firms, source, d, required, budget),
            Plants = ReadSpec(FirmSpecs.Plants, source, d, required, budget),
            Recipes = ReadSpec(Specs.Recipes, source, d, required, budget),
            Trade = ReadSpec(Specs.Trade, source, d, required, budget),
            Stocks = ReadSpec(Specs.Stocks, source, d, required, budget),
            Expansion = ReadSpec(Specs.Expansion, source, d, required, budget),
            Claims = ReadSpec(Specs.Claims, source, d, required, budget),
            Demand = ReadSpec(Specs.Demand, source, d, required, budget),
            UnitValues = ReadSpec(UnitValueSpec.Spec, source, d, required, budget),
            ValueAdded = ReadSpec(ValueAddedSpec.Spec, source, d, required, budget),
            MrioSectors = ReadSpec(MrioSectorSpec.Spec, source, d, required, budget),
            Transit = ReadSpec(StressSpecs.Transit, source, d, required, budget),
            SourcingRules = ReadSpec(StressSpecs.SourcingRules, source, d, required, budget),
            ObservedFlows = ReadSpec(StressSpecs.ObservedFlows, source, d, required, budget),
            ObservedEvents = ReadSpec(StressSpecs.ObservedEvents, source, d, required, budget),
            Codes = ReadSpec(PartsSpecs.Codes, source, d, required, budget),
            ChinaCalendar = ReadSpec(PartsSpecs.ChinaCalendar, source, d, required, budget),
            LicenceTerms = ReadSpec(PartsSpecs.LicenceTerms, source, d, required, budget),
            ObservedOutput = ReadSpec(StressSpecs.ObservedOutput, source, d, required, budget),
            ObservedPrices = ReadSpec(PriceSpec.Spec, source, d, required, budget),
            Controls = registry.Measures,
            ControlsReviewedThrough = registry.ReviewedThrough,
            ScenarioFiles = ReadScenarios(source, d, budget),
        };
    }

    private static IReadOnlyList<T> ReadSpec<T>(TableSpec<T> spec, IDataSource source, DiagnosticBag d, bool required, ReadBudget budget) where T : class =>
        (spec with { Required = spec.Required && required }).Read(source, d, budget);

    private static Dictionary<string, string> ReadScenarios(IDataSource source, DiagnosticBag d, ReadBudget budget)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in source.ScenarioFiles())
        {
            var text = GuardedText.Read(source, "scenarios/" + name, d, required: true, budget);
            if (text is not null) result[name] = text;
        }
        return result;
    }

    private static DatasetTables Layer(DatasetTables b, DatasetTables o) => new()
    {
        Sources = Merge(b.Sources, o.Sources, Specs.Sources.Key),
        Countries = Merge(b.Countries, o.Countries, Specs.Countries.Key),
        Items = Merge(b.Items, o.Items, Specs.Items.Key),
        Production = Merge(b.Production, o.Production, Specs.Production.Key),
        Firms = Merge(b.Firms, o.Firms, FirmSpecs.Firms.Key),
        Plants = Merge(b.Plants, o.Plants, FirmSpecs.Plants.Key),
        Recipes = Merge(b.Recipes, o.Recipes, Specs.Recipes.Key),
        Trade = Merge(b.Trade, o.Trade, Specs.Trade.Key),
        Stocks = Merge(b.Stocks, o.Stocks, Specs.Stocks.Key),
        Expansion = Merge(b.Expansion, o.Expansion, Specs.Expansion.Key),
        Claims = Merge(b.Claims, o.Claims, Specs.Claims.Key),
        Demand = Merge(b.Demand, o.Demand, Specs.Demand.Key),
        UnitValues = Merge(b.UnitValues, o.UnitValues, UnitValueSpec.Spec.Key),
        ValueAdded = Merge(b.ValueAdded, o.ValueAdded, ValueAddedSpec.Spec.Key),
        MrioSectors = Merge(b.MrioSectors, o.MrioSectors, MrioSectorSpec.Spec.Key),
        Transit = Merge(b.Transit, o.Transit, StressSpecs.Transit.Key),
        SourcingRules = Merge(b.SourcingRules, o.SourcingRules, StressSpecs.SourcingRules.Key),
        ObservedFlows = Merge(b.ObservedFlows, o.ObservedFlows, StressSpecs.ObservedFlows.Key),
        ObservedEvents = Merge(b.ObservedEvents, o.ObservedEvents, StressSpecs.ObservedEvents.Key),
        Codes = Merge(b.Codes, o.Codes, PartsSpecs.Codes.Key),
        ChinaCalendar = Merge(b.ChinaCalendar, o.ChinaCalendar, PartsSpecs.ChinaCalendar.Key),
        LicenceTerms = Merge(b.LicenceTerms, o.LicenceTerms, PartsSpecs.LicenceTerms.Key),
        ObservedOutput = Merge(b.ObservedOutput, o.ObservedOutput, StressSpecs.ObservedOutput.Key),
        ObservedPrices = Merge(b.ObservedPrices, o.ObservedPrices, PriceSpec.Spec.Key),
        Controls = Merge(b.Controls, o.Controls, m => m.Id),
        ControlsReviewedThrough = o.ControlsReviewedThrough ?? b.ControlsReviewedThrough,
        ScenarioFiles = b.ScenarioFiles.Concat(o.ScenarioFiles).GroupBy(kv => kv.Key)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
    };

    /// <summary>Base rows in order with overlay rows replacing same-key rows in place; new overlay rows appended.</summary>
    private static List<T> Merge<T>(IReadOnlyList<T> baseRows, IReadOnlyList<T> overlayRows, Func<T, string> key)
    {
        var replace = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var row in overlayRows) replace[key(row)] = row;
        var result = new List<T>(baseRows.Count + overlayRows.Count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in baseRows)
        {
            var k = key(row);
            if (replace.TryGetValue(k, out var r)) { result.Add(r); used.Add(k); }
            else result.Add(row);
        }
        foreach (var row in overlayRows)
            if (!used.Contains(key(row))) result.Add(row);
        return result;
    }
}
