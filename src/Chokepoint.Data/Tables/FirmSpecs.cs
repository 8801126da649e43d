using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;

namespace Chokepoint.Data.Tables;

/// <summary>firms.csv and plants.csv (optional): the firm layer (docs/dataset.md).</summary>
public static class FirmSpecs
{
    /// <summary>firms.csv</summary>
    public static readonly TableSpec<Firm> Firms = new("firms.csv", false, ["id", "name", "country", "source"],
        (r, o) =>
        {
            var id = r.Id("id");
            var name = r.Text("name");
            var country = r.Country("country");
            var parent = r.Raw("parent") is { Length: > 0 } ? r.Id("parent") : null;
            var source = r.Id("source");
            return id is null || name is null || country is null || source is null ? null
                : new Firm(id, name, country, parent, source) { Origin = o };
        }, f => f.Id, "id");

    /// <summary>plants.csv</summary>
    public static readonly TableSpec<PlantShare> Plants = new("plants.csv", false,
        ["plant", "firm", "item", "country", "year", "share_pct", "source", "confidence"],
        (r, o) =>
        {
            var plant = r.Id("plant");
            var firm = r.Id("firm");
            var item = r.Id("item");
            var c = ShareColumns.Read(r);
            return plant is null || firm is null || item is null || c is not { } v ? null
                : new PlantShare(plant, firm, item, v.Country, v.Year, v.SharePct, v.Source, v.Confidence)
                {
                    Origin = o, Name = r.Raw("name"), Quantity = v.Quantity, QuantityUnit = v.QuantityUnit,
                };
        }, p => $"{p.Plant},{p.Item},{p.Year}", "plant,item,year");
}
