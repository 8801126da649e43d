using Chokepoint.Data.Csv;
using Chokepoint.Model;

namespace Chokepoint.Data.Tables;

/// <summary>The columns a share row of production.csv and plants.csv has in common, read with their checks.</summary>
internal readonly record struct ShareColumns(string Country, int Year, double SharePct, string Source, Confidence Confidence, double? Quantity, string? QuantityUnit)
{
    /// <summary>Reads country, year, share_pct, source, confidence, quantity and quantity_unit; null when a required one is bad (reported).</summary>
    public static ShareColumns? Read(RowReader r)
    {
        var country = r.Country("country");
        var year = r.Int("year", 1900, 2100);
        var share = r.Number("share_pct", 0, 100);
        var source = r.Id("source");
        var confidence = r.Choice("confidence", Names.ParseConfidence, ["high", "medium", "low"]);
        var quantity = r.Number("quantity", 0, InputLimits.MaxQuantity, required: false);
        return country is null || year is null || share is null || source is null || confidence is null ? null
            : new ShareColumns(country, year.Value, share.Value, source, confidence.Value, quantity, r.Raw("quantity_unit") is { Length: > 0 } u ? u : null);
    }
}
