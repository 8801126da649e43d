using System.Globalization;
using System.Text;
using Chokepoint.Model;

namespace Chokepoint.Testing;

/// <summary>
/// Builds small hand-checkable datasets in code, or writes them as a dataset folder for CLI tests.
/// Countries and the source "test" are added automatically. Every row cites source "test".
/// </summary>
public sealed class DatasetBuilder
{
    public const string SourceId = "test";
    public const int Year = 2024;
    private readonly List<Item> _items = [];
    private readonly List<ProductionShare> _production = [];
    private readonly List<RecipeLine> _recipes = [];
    private readonly List<TradeFlow> _trade = [];
    private readonly List<StockCover> _stocks = [];
    private readonly List<Expansion> _expansion = [];
    private readonly List<PublishedClaim> _claims = [];
    private readonly List<Demand> _demand = [];
    private readonly List<UnitValue> _unitValues = [];
    private readonly List<ValueAddedShare> _valueAdded = [];
    private readonly List<ControlMeasure> _controls = [];
    private readonly List<TransitTime> _transit = [];
    private readonly List<SourcingRule> _rules = [];
    private readonly List<Firm> _firms = [];
    private readonly List<PlantShare> _plants = [];
    private readonly SortedSet<string> _countries = new(StringComparer.Ordinal);

    public DatasetBuilder Item(string id, ItemKind kind = ItemKind.Refined, string industry = "test", params string[] hsCodes)
    {
        _items.Add(new Item(id, id, kind, "t", hsCodes, industry));
        return this;
    }

    /// <summary>Declares <paramref name="item"/> (if new) and its producer shares in %.</summary>
    public DatasetBuilder Produced(string item, params (string Country, double SharePct)[] shares)
    {
        if (!_items.Exists(i => i.Id == item)) Item(item);
        foreach (var (c, s) in shares)
        {
            _countries.Add(c);
            _production.Add(new ProductionShare(item, c, Year, s, SourceId, Confidence.High));
        }
        return this;
    }

    /// <summary>Declares a firm headquartered in <paramref name="country"/>, owned by <paramref name="parent"/> if given.</summary>
    public DatasetBuilder Firm(string id, string country, string? parent = null)
    {
        _countries.Add(country);
        _firms.Add(new Firm(id, id, country, parent, SourceId));
        return this;
    }

    /// <summary>Declares plant <paramref name="plant"/> of <paramref name="firm"/> making <paramref name="sharePct"/>% of world <paramref name="item"/> in <paramref name="country"/>.</summary>
    public DatasetBuilder Plant(string plant, string firm, string item, string country, double sharePct)
    {
        _countries.Add(country);
        _plants.Add(new PlantShare(plant, firm, item, country, Year, sharePct, SourceId, Confidence.High));
        return this;
    }

    /// <summary>Gives the production row of <paramref name="item"/> in <paramref name="country"/> an absolute quantity (per year).</summary>
    public DatasetBuilder Quantity(string item, string country, double quantity, string unit = "t")
    {
        var i = _production.FindIndex(p => p.Item == item && p.Country == country);
        _production[i] = _production[i] with { Quantity = quantity, QuantityUnit = unit };
        return this;
    }

    /// <summary>Gives every production row of <paramref name="item"/> the basis <paramref name="basis"/> (e.g. <c>export-proxy</c>).</summary>
    public DatasetBuilder Basis(string item, string basis)
    {
        for (var i = 0; i < _production.Count; i++)
            if (_production[i].Item == item) _production[i] = _production[i] with { Basis = basis };
        return this;
    }

    /// <summary>A product made where given (default 100% USA).</summary>
    public DatasetBuilder Product(string id, string madeIn = "USA")
    {
        Item(id, ItemKind.Product);
        return Produced(id, (madeIn, 100));
    }

    public DatasetBuilder Recipe(string output, string input, double quantity = 1, bool essential = true)
    {
        _recipes.Add(new RecipeLine(output, input, quantity, essential, SourceId));
        return this;
    }

    /// <summary>Puts the existing line <paramref name="output"/> ← <paramref name="input"/> in group <paramref name="group"/> as the input in use.</summary>
    public DatasetBuilder InUse(string output, string input, string group)
    {
        var i = _recipes.FindIndex(r => r.Output == output && r.Input == input);
        _recipes[i] = _recipes[i] with { Alternative = new RecipeAlternative(group, null, 0, null) };
        return this;
    }

    /// <summary>An alternative to the input in use of <paramref name="group"/>: <paramref name="quantity"/> of <paramref name="input"/> per unit, after <paramref name="switchDays"/>.</summary>
    public DatasetBuilder Alternative(string output, string input, string group, double quantity, double switchDays, double penalty = 0)
    {
        _recipes.Add(new RecipeLine(output, input, quantity, true, SourceId) { Alternative = new RecipeAlternative(group, switchDays, penalty, SourceId) });
        return this;
    }

    /// <summary>A value-added share of <paramref name="item"/> in <paramref name="country"/> (value_added.csv).</summary>
    public DatasetBuilder ValueAdded(string item, string country, double vaSharePct, double? outputPerUsd = null, string bound = "none")
    {
        _valueAdded.Add(new ValueAddedShare(item, country, vaSharePct, outputPerUsd, bound, Year, SourceId, ""));
        return this;
    }

    /// <summary>A unit value of <paramref name="item"/>.</summary>
    public DatasetBuilder UnitValue(string item, double usdPerUnit)
    {
        _unitValues.Add(new UnitValue(item, usdPerUnit, Year, SourceId, ""));
        return this;
    }

    public DatasetBuilder Trade(string item, string exporter, string importer, double valueUsd)
    {
        _countries.Add(exporter);
        _countries.Add(importer);
        _trade.Add(new TradeFlow(item, exporter, importer, Year, valueUsd, SourceId));
        return this;
    }

    public DatasetBuilder Stock(string item, string country, double days)
    {
        if (country != Names.Everyone) _countries.Add(country);
        _stocks.Add(new StockCover(item, country, days, SourceId));
        return this;
    }

    /// <summary>Days of cover of <paramref name="item"/> held by <paramref name="holder"/> (an item id or industry) in a country, with an optional refill rate in % of use per day.</summary>
    public DatasetBuilder StockHeldBy(string item, string country, string holder, double days, double? refillPct = null)
    {
        if (country != Names.Everyone) _countries.Add(country);
        _stocks.Add(new StockCover(item, country, days, SourceId) { Holder = holder, RefillPct = refillPct });
        return this;
    }

    /// <summary>Days of cover of <paramref name="item"/> in a country spread across its holders from <paramref name="lowDays"/> to <paramref name="highDays"/> (stocks.csv days_of_cover_high).</summary>
    public DatasetBuilder StockSpread(string item, string country, double lowDays, double highDays, string holder = Names.Everyone)
    {
        if (country != Names.Everyone) _countries.Add(country);
        _stocks.Add(new StockCover(item, country, lowDays, SourceId) { Holder = holder, DaysOfCoverHigh = highDays });
        return this;
    }

    public DatasetBuilder Transit(string exporter, string importer, double days)
    {
        _transit.Add(new TransitTime(exporter, importer, days, SourceId));
        return this;
    }

    /// <summary>A sourcing rule: a priority rating (origin empty) or a bar on an origin from a date.</summary>
    public DatasetBuilder Rule(string id, string kind, string country, string holder, IReadOnlyList<string> items, string origin = "", DateOnly? from = null)
    {
        _countries.Add(country);
        if (origin.Length > 0) _countries.Add(origin);
        _rules.Add(new SourcingRule(id, kind, country, holder, items, origin, from, SourceId));
        return this;
    }

    /// <summary>A domestic-share rule: buyers of <paramref name="item"/> in <paramref name="country"/> take <paramref name="sharePct"/> from its own makers (or those of <paramref name="makers"/>).</summary>
    public DatasetBuilder DomesticShare(string country, string item, double sharePct, string makers = "")
    {
        _countries.Add(country);
        _rules.Add(new SourcingRule($"{country.ToLowerInvariant()}-{item}-domestic", SourcingRule.DomesticShare, country, Names.Everyone, [item], makers, null, SourceId) { SharePct = sharePct });
        return this;
    }

    /// <summary>A qualified-part rule: makers of <paramref name="holder"/> buy <paramref name="sharePct"/> of <paramref name="input"/> from <paramref name="firm"/>'s plants only.</summary>
    public DatasetBuilder Qualified(string holder, string input, string firm, double sharePct, string country = Names.Everyone)
    {
        if (country != Names.Everyone) _countries.Add(country);
        _rules.Add(new SourcingRule($"{holder}-{input}-qualified", SourcingRule.Qualified, country, holder, [input], firm, null, SourceId) { SharePct = sharePct });
        return this;
    }

    /// <summary>Expansion headroom of <paramref name="item"/>.</summary>
    public DatasetBuilder Expansion(string item, double spareCapacityPct, double expansionDays)
    {
        _expansion.Add(new Expansion(item, spareCapacityPct, expansionDays, SourceId));
        return this;
    }

    /// <summary>A capacity project of expansion.csv: <paramref name="capacityPerYear"/> t a year of <paramref name="item"/> in <paramref name="country"/> from <paramref name="online"/>.</summary>
    public DatasetBuilder Project(string item, string country, double capacityPerYear, DateOnly online, string id = "proj")
    {
        _countries.Add(country);
        _expansion.Add(new Expansion(item, 0, 0, SourceId) { Project = id, Country = country, Capacity = capacityPerYear, CapacityUnit = "t", Online = online, Status = "under-way" });
        return this;
    }

    public DatasetBuilder Claim(string item, string country, double valuePct, string metric = "refining")
    {
        _claims.Add(new PublishedClaim(item, country, Year, valuePct, metric, SourceId, ""));
        return this;
    }

    public DatasetBuilder Demand(string product, string country, double unitsPerYear, string endUse = Names.CivilUse)
    {
        _countries.Add(country);
        _demand.Add(new Demand(product, country, unitsPerYear, SourceId) { EndUse = endUse });
        return this;
    }

    /// <summary>Adds a measure; <paramref name="configure"/> can change any field of a CHN ban on the items to every destination from 2025-01-01.</summary>
    public DatasetBuilder Measure(string id, IReadOnlyList<string> items, Func<ControlMeasure, ControlMeasure>? configure = null)
    {
        var m = new ControlMeasure
        {
            Id = id, Issuer = "CHN", Kind = MeasureKind.Ban, Instrument = id,
            Announced = new DateOnly(2025, 1, 1), Effective = new DateOnly(2025, 1, 1),
            Items = items, Destinations = [Names.Everyone], Sources = [SourceId],
        };
        m = configure?.Invoke(m) ?? m;
        _countries.Add(m.Issuer);
        foreach (var d in m.Destinations.Concat(m.ExcludedDestinations).Where(d => d != Names.Everyone)) _countries.Add(d);
        _controls.Add(m);
        return this;
    }

    private DateOnly? _reviewedThrough;

    /// <summary>Declares the registry's reviewed_through date.</summary>
    public DatasetBuilder ReviewedThrough(DateOnly date)
    {
        _reviewedThrough = date;
        return this;
    }

    public DatasetTables Tables() => new()
    {
        ControlsReviewedThrough = _reviewedThrough,
        Sources = [new Source(SourceId, "Test fixture", "tests", "2025-01-01", "")],
        Countries = _countries.Select(c => new Country(c, c, [])).ToList(),
        Items = _items.ToList(),
        Production = _production.ToList(),
        Recipes = _recipes.ToList(),
        Trade = _trade.ToList(),
        Stocks = _stocks.ToList(),
        Expansion = _expansion.ToList(),
        Claims = _claims.ToList(),
        Demand = _demand.ToList(),
        UnitValues = _unitValues.ToList(),
        ValueAdded = _valueAdded.ToList(),
        Controls = _controls.ToList(),
        Transit = _transit.ToList(),
        SourcingRules = _rules.ToList(),
        Firms = _firms.ToList(),
        Plants = _plants.ToList(),
    };

    public Dataset Build() => new(Tables());

    /// <summary>Writes the dataset as a folder in the public format (for --data in CLI tests).</summary>
    public void WriteTo(string directory) => DatasetWriter.Write(Tables(), directory);
}
