using Chokepoint.Analysis.Controls;
using Chokepoint.Analysis.Screening;
using Chokepoint.Model;

namespace Chokepoint.Contracts;

/// <summary>A measure cited by a screen (the "measures" sheet): its terms, status on the date, how many parts it reaches, sources.</summary>
public sealed record ScreenMeasureRow(string Id, string Issuer, string Kind, string Instrument, string Announced, string Effective, string Status, int Parts, string Sources)
{
    /// <summary>The spreadsheet columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "issuer", "kind", "instrument", "announced", "effective", "status", "parts", "sources"];

    /// <summary>The measures cited by <paramref name="screens"/>, in registry order.</summary>
    public static IReadOnlyList<ScreenMeasureRow> Of(Dataset dataset, IEnumerable<PartScreen> screens, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(screens);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in screens)
            foreach (var r in s.Reaches)
                counts[r.MeasureId] = counts.GetValueOrDefault(r.MeasureId) + 1;
        var resolver = new MeasureResolver(dataset.Tables.Controls, dataset.Tables.ControlsReviewedThrough);
        return dataset.Tables.Controls.Where(m => counts.ContainsKey(m.Id)).Select(m => new ScreenMeasureRow(
            m.Id, m.Issuer, Names.Of(m.Kind), m.Instrument, ContractJson.Date(m.Announced), ContractJson.Date(m.Effective),
            resolver.Review(m, date) is { } r ? Names.Of(r.Status) : "not announced", counts[m.Id], string.Join(';', m.Sources))).ToList();
    }

    /// <summary>The flat row.</summary>
    public IReadOnlyList<object?> Flat() => [Id, Issuer, Kind, Instrument, Announced, Effective, Status, Parts, Sources];
}
