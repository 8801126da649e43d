using Chokepoint.Data.Csv;
using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Tables;

/// <summary>The CSV files of the dataset format (docs/dataset.md), one spec per file.</summary>
public static class Specs
{
    /// <summary>sources.csv</summary>
    public static readonly TableSpec<Source> Sources = new("sources.csv", true, ["id", "title", "publisher", "date", "url"],
        (r, o) =>
        {
            var id = r.Id("id");
            var title = r.Text("title");
            var date = r.OptionalDate("date");
            return id is null || title is null || date is null ? null
                : new Source(id, title, r.Raw("publisher"), date, r.Raw("url")) { Origin = o };
        }, s => s.Id, "source id");

    /// <summary>countries.csv</summary>
    public static readonly TableSpec<Country> Countries = new("countries.csv", true, ["iso3", "name", "groups"],
        (r, o) =>
        {
            var iso = r.Country("iso3");
            var name = r.Text("name");
            return iso is null || name is null ? null : new Country(iso, name, r.List("groups")) { Origin = o };
        }, c => c.Iso3, "country");

    /// <summary>items.csv</summary>
    /// <remarks>Optional last column: <c>aliases</c> (;-separated other names, English and Chinese).</remarks>
    public static readonly TableSpec<Item> Items = new("items.csv", true, ["id", "name", "kind", "unit", "hs_codes", "industry"],
        (r, o) =>
        {
            var id = r.Id("id");
            var name = r.Text("name");
            var kind = r.Choice("kind", Names.ParseItemKind, Names.ItemKinds);
            var unit = r.Text("unit");
            var industry = r.Id("industry");
            var hs = r.List("hs_codes");
            foreach (var code in hs)
                if (code.Length < 2 || !code.All(char.IsAsciiDigit))
                    r.Error("hs_codes", $"HS code '{Shown.Clip(code)}' is not digits; expected e.g. 850511 (;-separated)");
            return id is null || name is null || kind is null || unit is null || industry is null ? null
                : new Item(id, name, kind.Value, unit, hs, industry) { Origin = o, Aliases = r.List("aliases") };
        }, i => i.Id, "item id");

    /// <summary>production.csv</summary>
    public static readonly TableSpec<ProductionShare> Production = new("production.csv", true,
        ["item", "country", "year", "share_pct", "source", "confidence"],
        (r, o) =>
        {
            var item = r.Id("item");
            var c = ShareColumns.Read(r);
            var basis = r.Raw("basis") is { Length: > 0 } b ? b : Names.OutputBasis;
            var basisOk = Names.ShareBases.Contains(basis);
            if (!basisOk) r.Error("basis", $"unknown basis '{Shown.Clip(basis)}'; expected one of {string.Join(", ", Names.ShareBases)} (or empty for output)");
            return item is null || c is not { } v || !basisOk ? null
                : new ProductionShare(item, v.Country, v.Year, v.SharePct, v.Source, v.Confidence, v.Quantity, v.QuantityUnit) { Origin = o, Basis = basis };
        }, p => $"{p.Item},{p.Country},{p.Year}", "item,country,year");

    /// <summary>recipes.csv</summary>
    public static readonly TableSpec<RecipeLine> Recipes = new("recipes.csv", true, ["output", "input", "quantity", "essential", "source"],
        (r, o) =>
        {
            var output = r.Id("output");
            var input = r.Id("input");
            var quantity = r.Number("quantity", 0, InputLimits.MaxRecipeQuantity);
            var essential = r.Bool("essential");
            var source = r.Id("source");
            if (output is not null && output == input) r.Error("input", $"'{input}' is its own input; expected a different item");
            return output is null || input is null || quantity is null || essential is null || source is null ? null
                : new RecipeLine(output, input, quantity.Value, essential.Value, source) { Origin = o, Alternative = RecipeAlternativeReader.Read(r) };
        }, l => $"{l.Output},{l.Input}", "output,input");

    /// <summary>trade.csv (optional)</summary>
    public static readonly TableSpec<TradeFlow> Trade = new("trade.csv", false, ["item", "exporter", "importer", "year", "value_usd", "source"],
        (r, o) =>
        {
            var item = r.Id("item");
            var exporter = r.Country("exporter");
            var importer = r.Country("importer");
            var year = r.Int("year", 1900, 2100);
            var value = r.Number("value_usd", 0, InputLimits.MaxValueUsd);
            var source = r.Id("source");
            return item is null || exporter is null || importer is null || year is null || value is null || source is null ? null
                : new TradeFlow(item, exporter, importer, year.Value, value.Value, source) { Origin = o };
        }, t => $"{t.Item},{t.Exporter},{t.Importer},{t.Year}", "item,exporter,importer,year");

    /// <summary>stocks.csv (optional)</summary>
    /// <remarks>
    /// Optional columns: <c>holder</c> (an item id, an industry or "*"; "*" when absent), <c>refill_pct</c> and
    /// <c>days_of_cover_high</c> (the top of the holders' spread of covers, ≥ days_of_cover; empty: no spread).
    /// </remarks>
    public static readonly TableSpec<StockCover> Stocks = new("stocks.csv", false, ["item", "country", "days_of_cover", "source"],
        (r, o) =>
        {
            var item = r.Raw("item") == "*" ? "*" : r.Id("item");
            var country = r.Country("country", allowEveryone: true);
            var days = r.Number("days_of_cover", 0, 36500);
            var source = r.Id("source");
            var holder = r.Raw("holder") is "" or "*" ? Names.Everyone : r.Id("holder");
            var refill = r.Number("refill_pct", 0, 1000, required: false);
            var high = r.Number("days_of_cover_high", 0, 36500, required: false);
            if (high is { } h && days is { } d && h < d)
            {
                r.Error("days_of_cover_high", $"{Shown.Clip(r.Raw("days_of_cover_high"))} in 'days_of_cover_high' is below days_of_cover ({Shown.Clip(r.Raw("days_of_cover"))}); expected the top of the holders' covers, from days_of_cover to 36500 (empty: no spread)");
                high = null;
            }
            return item is null || country is null || days is null || source is null || holder is null ? null
                : new StockCover(item, country, days.Value, source) { Origin = o, Holder = holder, RefillPct = refill, DaysOfCoverHigh = high };
        }, s => $"{s.Item},{s.Country},{s.Holder}", "item,country,holder");

    /// <summary>expansion.csv (optional)</summary>
    /// <remarks>
    /// Optional columns <c>project</c>, <c>country</c>, <c>capacity</c>, <c>capacity_unit</c>, <c>online</c>, <c>status</c>: a row
    /// with a project is an announced, under-way or operating plant outside the item's headroom row (key item, project).
    /// </remarks>
    public static readonly TableSpec<Expansion> Expansion = new("expansion.csv", false, ["item", "spare_capacity_pct", "expansion_days", "source"],
        (r, o) =>
        {
            var item = r.Id("item");
            var source = r.Id("source");
            var project = r.Raw("project") is { Length: > 0 } ? r.Id("project") : null;
            if (project is null)
            {
                var spare = r.Number("spare_capacity_pct", 0, 1000);
                var days = r.Number("expansion_days", 0, 36500);
                return item is null || spare is null || days is null || source is null ? null
                    : new Expansion(item, spare.Value, days.Value, source) { Origin = o };
            }
            return ExpansionProject.Read(r, o, item, source, project);
        }, e => $"{e.Item},{e.Project}", "item,project");

    /// <summary>claims.csv (optional)</summary>
    public static readonly TableSpec<PublishedClaim> Claims = new("claims.csv", false, ["item", "country", "year", "value_pct", "metric", "source", "note"],
        (r, o) =>
        {
            var item = r.Id("item");
            var country = r.Country("country");
            var year = r.Int("year", 1900, 2100);
            var value = r.Number("value_pct", 0, 100);
            var metric = r.Id("metric");
            var source = r.Id("source");
            return item is null || country is null || year is null || value is null || metric is null || source is null ? null
                : new PublishedClaim(item, country, year.Value, value.Value, metric, source, r.Raw("note")) { Origin = o };
        }, c => $"{c.Item},{c.Country},{c.Year},{c.Metric},{c.Source}", "item,country,year,metric,source");

    /// <summary>demand.csv (optional); optional column <c>end_use</c> (civil when empty).</summary>
    public static readonly TableSpec<Demand> Demand = new("demand.csv", false, ["product", "country", "units_per_year", "source"],
        (r, o) =>
        {
            var product = r.Id("product");
            var country = r.Country("country");
            var units = r.Number("units_per_year", 0, InputLimits.MaxUnitsPerYear);
            var source = r.Id("source");
            var endUse = r.Raw("end_use") is { Length: > 0 } e ? e : Names.CivilUse;
            var endUseOk = Names.EndUses.Contains(endUse);
            if (!endUseOk) r.Error("end_use", $"unknown end use '{Shown.Clip(endUse)}'; expected one of {string.Join(", ", Names.EndUses)} (or empty for civil)");
            return product is null || country is null || units is null || source is null || !endUseOk ? null
                : new Demand(product, country, units.Value, source) { Origin = o, EndUse = endUse };
        }, d => $"{d.Product},{d.Country}", "product,country");
}
