using Chokepoint.Data.Csv;
using Chokepoint.Model;

namespace Chokepoint.Data.Tables;

/// <summary>value_added.csv (optional): sourced value-added shares of gross output by item and country.</summary>
public static class ValueAddedSpec
{
    /// <summary>The bounds a row may state.</summary>
    public static readonly IReadOnlyList<string> Bounds = ["none", "lower", "upper"];

    /// <summary>The spec of value_added.csv.</summary>
    public static readonly TableSpec<ValueAddedShare> Spec = new("value_added.csv", false,
        ["item", "country", "va_share_pct", "output_per_usd", "bound", "year", "source", "note"],
        (r, o) =>
        {
            var item = r.Id("item");
            var country = r.Country("country", allowEveryone: true);
            var share = r.Number("va_share_pct", 0, 100);
            var perUsd = r.Number("output_per_usd", 0, 1e6, required: false);
            var bound = r.Text("bound") is { } b && !Bounds.Contains(b) ? Unknown(r, b) : r.Text("bound");
            var year = r.Int("year", 1900, 2100);
            var source = r.Id("source");
            return r.Failed || item is null || country is null || share is null || bound is null || year is null || source is null ? null
                : new ValueAddedShare(item, country, share.Value, perUsd, bound, year.Value, source, r.Raw("note")) { Origin = o };
        }, v => v.Item + "|" + v.Country, "item,country");

    private static string? Unknown(RowReader r, string value)
    {
        r.Error("bound", $"unknown bound '{value}'; expected one of {string.Join(", ", Bounds)}");
        return null;
    }
}
