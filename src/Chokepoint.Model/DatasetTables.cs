namespace Chokepoint.Model;

/// <summary>The rows of every dataset file, as read. Empty lists for absent optional files.</summary>
public sealed record DatasetTables
{
    /// <summary>sources.csv</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];
    /// <summary>countries.csv</summary>
    public IReadOnlyList<Country> Countries { get; init; } = [];
    /// <summary>items.csv</summary>
    public IReadOnlyList<Item> Items { get; init; } = [];
    /// <summary>production.csv</summary>
    public IReadOnlyList<ProductionShare> Production { get; init; } = [];
    /// <summary>firms.csv</summary>
    public IReadOnlyList<Firm> Firms { get; init; } = [];
    /// <summary>plants.csv</summary>
    public IReadOnlyList<PlantShare> Plants { get; init; } = [];
    /// <summary>recipes.csv</summary>
    public IReadOnlyList<RecipeLine> Recipes { get; init; } = [];
    /// <summary>trade.csv</summary>
    public IReadOnlyList<TradeFlow> Trade { get; init; } = [];
    /// <summary>stocks.csv</summary>
    public IReadOnlyList<StockCover> Stocks { get; init; } = [];
    /// <summary>expansion.csv</summary>
    public IReadOnlyList<Expansion> Expansion { get; init; } = [];
    /// <summary>claims.csv</summary>
    public IReadOnlyList<PublishedClaim> Claims { get; init; } = [];
    /// <summary>demand.csv</summary>
    public IReadOnlyList<Demand> Demand { get; init; } = [];
    /// <summary>unit_values.csv</summary>
    public IReadOnlyList<UnitValue> UnitValues { get; init; } = [];
    /// <summary>value_added.csv</summary>
    public IReadOnlyList<ValueAddedShare> ValueAdded { get; init; } = [];
    /// <summary>mrio_sectors.csv</summary>
    public IReadOnlyList<MrioSectorMapping> MrioSectors { get; init; } = [];
    /// <summary>transit.csv</summary>
    public IReadOnlyList<TransitTime> Transit { get; init; } = [];
    /// <summary>sourcing_rules.csv</summary>
    public IReadOnlyList<SourcingRule> SourcingRules { get; init; } = [];
    /// <summary>observed/flows.csv</summary>
    public IReadOnlyList<ObservedFlow> ObservedFlows { get; init; } = [];
    /// <summary>observed/events.csv</summary>
    public IReadOnlyList<ObservedEvent> ObservedEvents { get; init; } = [];
    /// <summary>codes.csv: tariff lines and control-list codes of items and measures.</summary>
    public IReadOnlyList<CodeEntry> Codes { get; init; } = [];
    /// <summary>cn_calendar.csv: China's holidays and adjusted working days.</summary>
    public IReadOnlyList<CalendarDay> ChinaCalendar { get; init; } = [];
    /// <summary>licence_terms.csv: statutory decision time limits of licensing regimes.</summary>
    public IReadOnlyList<LicenceTerm> LicenceTerms { get; init; } = [];
    /// <summary>observed/output.csv</summary>
    public IReadOnlyList<ObservedOutput> ObservedOutput { get; init; } = [];
    /// <summary>observed/prices.csv</summary>
    public IReadOnlyList<ObservedPrice> ObservedPrices { get; init; } = [];
    /// <summary>controls.yaml</summary>
    public IReadOnlyList<ControlMeasure> Controls { get; init; } = [];
    /// <summary>controls.yaml <c>reviewed_through</c>: the last date on which the registry's sources were checked; null when not declared.</summary>
    public DateOnly? ControlsReviewedThrough { get; init; }
    /// <summary>scenarios/*.yaml as raw text by file name (parsed by the engine).</summary>
    public IReadOnlyDictionary<string, string> ScenarioFiles { get; init; } = new Dictionary<string, string>();
}
