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
            var country = r.Country("country");
            var year = r.Int("year", 1900, 2100);
            var share = r.Number("share_pct", 0, 100);
            var source = r.Id("source");
            var confidence = r.Choice("confidence", Names.ParseConfidence, ["high", "medium", "low"]);
            var quantity = r.Number("quantity", 0, InputLimits.MaxQuantity, required: false);
            return plant is null || firm is null || item is null || country is null || year is null || share is null || source is null || confidence is null ? null
                : new PlantShare(plant, firm, item, country, year.Value, share.Value, source, confidence.Value)
                {
                    Origin = o, Name = r.Raw("name"), Quantity = quantity,
                    QuantityUnit = r.Raw("quantity_unit") is { Length: > 0 } u ? u : null,
                };
        }, p => $"{p.Plant},{p.Item},{p.Year}", "plant,item,year");
}
