namespace Chokepoint.Model;

/// <summary>
/// A complete, immutable dataset: the rows of every file plus lookups built once.
/// Build it through <see cref="Dataset(DatasetTables)"/>; it does not validate (Chokepoint.Data does).
/// Thread-safe for reading.
/// </summary>
public sealed class Dataset
{
    /// <summary>Creates the dataset and its lookups from the raw tables.</summary>
    public Dataset(DatasetTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Tables = tables;
        Items = tables.Items.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.Last());
        Countries = tables.Countries.GroupBy(c => c.Iso3).ToDictionary(g => g.Key, g => g.Last());
        Sources = tables.Sources.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.Last());
        Measures = tables.Controls.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.Last());
        Inputs = tables.Recipes.GroupBy(r => r.Output).ToDictionary(g => g.Key, g => (IReadOnlyList<RecipeLine>)g.ToList());
        var latest = tables.Production.GroupBy(p => p.Item)
            .ToDictionary(g => g.Key, g => g.Max(p => p.Year));
        LatestYear = latest;
        ProductionByItemYear = tables.Production.GroupBy(p => (p.Item, p.Year))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ProductionShare>)g.OrderByDescending(p => p.SharePct).ToList());
        ImportsByItemImporter = tables.Trade.GroupBy(t => (t.Item, t.Importer))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TradeFlow>)g.ToList());
        Producers = new ProducerIndex(this, tables);
        DomesticShares = tables.SourcingRules.Where(r => r.Kind == SourcingRule.DomesticShare)
            .SelectMany(r => r.Items.Select(i => (Key: (i, r.Country), Rule: r)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Last().Rule);
        QualifiedRules = tables.SourcingRules.Where(r => r.Kind == SourcingRule.Qualified)
            .SelectMany(r => r.Items.Select(i => (Key: (r.Holder, i), Rule: r)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Select(x => x.Rule).ToList());
    }

    /// <summary>Qualified-part rules of sourcing_rules.csv by (holder item, input).</summary>
    private Dictionary<(string Holder, string Input), List<SourcingRule>> QualifiedRules { get; }

    /// <summary>
    /// The qualified-part rule for makers of <paramref name="holder"/> in <paramref name="country"/> buying <paramref name="input"/>:
    /// the rule naming the country, else one for every country ("*"); null when none.
    /// </summary>
    public SourcingRule? QualifiedOf(string holder, string input, string country)
    {
        if (!QualifiedRules.TryGetValue((holder, input), out var rules)) return null;
        return rules.LastOrDefault(r => r.Country == country) ?? rules.LastOrDefault(r => r.Country == Names.Everyone);
    }

    /// <summary>Domestic-share rules of sourcing_rules.csv by (item, buyer country).</summary>
    public IReadOnlyDictionary<(string Item, string Country), SourcingRule> DomesticShares { get; }

    /// <summary>The domestic-share rule for buyers of <paramref name="item"/> in <paramref name="country"/>; null when none.</summary>
    public SourcingRule? DomesticShareOf(string item, string country) =>
        DomesticShares.TryGetValue((item, country), out var rule) ? rule : null;

    /// <summary>Producers at the grain of plants: countries split into the plants of plants.csv (see <see cref="ProducerIndex"/>).</summary>
    public ProducerIndex Producers { get; }

    /// <summary>The country where a producer or buyer stands: a plant's or firm's country, else the id itself (an ISO3).</summary>
    public string LocationOf(string id) => Producers.LocationOf(id);

    /// <summary>Producers of <paramref name="item"/> in its latest year: plants and what their countries make besides.</summary>
    public IReadOnlyList<ProductionShare> ProducersOf(string item) => Producers.Of(item);

    /// <summary>The raw tables, in file order.</summary>
    public DatasetTables Tables { get; }
    /// <summary>Items by id.</summary>
    public IReadOnlyDictionary<string, Item> Items { get; }
    /// <summary>Countries by ISO3.</summary>
    public IReadOnlyDictionary<string, Country> Countries { get; }
    /// <summary>Sources by id.</summary>
    public IReadOnlyDictionary<string, Source> Sources { get; }
    /// <summary>Measures by id.</summary>
    public IReadOnlyDictionary<string, ControlMeasure> Measures { get; }
    /// <summary>Recipe lines by output item.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RecipeLine>> Inputs { get; }
    /// <summary>Latest year with production rows, by item.</summary>
    public IReadOnlyDictionary<string, int> LatestYear { get; }
    /// <summary>Production rows by (item, year), largest share first.</summary>
    public IReadOnlyDictionary<(string Item, int Year), IReadOnlyList<ProductionShare>> ProductionByItemYear { get; }
    /// <summary>Trade rows by (item, importer).</summary>
    public IReadOnlyDictionary<(string Item, string Importer), IReadOnlyList<TradeFlow>> ImportsByItemImporter { get; }

    /// <summary>Production rows of the latest year of <paramref name="item"/> (or of <paramref name="year"/>); empty when none.</summary>
    public IReadOnlyList<ProductionShare> SharesOf(string item, int? year = null)
    {
        int? y = year ?? (LatestYear.TryGetValue(item, out var l) ? l : null);
        return y is int yy && ProductionByItemYear.TryGetValue((item, yy), out var rows) ? rows : [];
    }

    /// <summary>Recipe lines of <paramref name="output"/>; empty for raw items.</summary>
    public IReadOnlyList<RecipeLine> InputsOf(string output) =>
        Inputs.TryGetValue(output, out var lines) ? lines : [];

    /// <summary>ISO3 codes of the countries in group <paramref name="group"/> (e.g. EU), in file order.</summary>
    public IReadOnlyList<string> MembersOf(string group) =>
        Tables.Countries.Where(c => c.Groups.Contains(group)).Select(c => c.Iso3).ToList();
}
