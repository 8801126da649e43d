using Chokepoint.Model;

namespace Chokepoint.Contracts;

/// <summary>One producer of an item at the grain of plants (<c>shares ITEM --firms</c>): a plant of a firm, or what a country makes besides its plants.</summary>
/// <param name="Producer">Plant id, or the ISO3 of a country's remaining producers.</param>
/// <param name="Firm">Firm running the plant (firms.csv); null for a country's remaining producers.</param>
/// <param name="ParentFirm">Owner of the firm, if firms.csv names one.</param>
/// <param name="Country">Where the producer stands (ISO3).</param>
/// <param name="SharePct">Share of world production, 0–100.</param>
/// <param name="ShareOfCountryPct">Share of its country's production, 0–100.</param>
public sealed record FirmShareJson(string Producer, string? Firm, string? ParentFirm, string Country, double SharePct, double ShareOfCountryPct, string Source, string Confidence)
{
    /// <summary>The producers of <paramref name="item"/> in its latest year (plants and the rest of each country), largest first.</summary>
    public static IReadOnlyList<FirmShareJson> Of(Dataset dataset, string item)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var countries = dataset.SharesOf(item).ToDictionary(s => s.Country, s => s.SharePct, StringComparer.Ordinal);
        return dataset.ProducersOf(item).Select(p =>
        {
            var country = dataset.LocationOf(p.Country);
            var firm = dataset.Producers.IsPlant(p.Country) ? dataset.Producers.FirmOf(p.Country) : null;
            var parent = firm is not null && dataset.Producers.Firms.TryGetValue(firm, out var f) ? f.Parent : null;
            var whole = countries.GetValueOrDefault(country);
            return new FirmShareJson(p.Country, firm, parent, country, p.SharePct, whole > 0 ? 100 * p.SharePct / whole : 0, p.Source, Names.Of(p.Confidence));
        }).ToList();
    }
}
