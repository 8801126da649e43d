using System.Globalization;
using Chokepoint.Evidence.Extraction;
using Chokepoint.Model;

namespace Chokepoint.Evidence.Reconciliation;

/// <summary>
/// Links a control event to a registry measure: same issuer (when the text names one), a compatible
/// kind, at least one item in common (or a measure item that denotes a concept of the event), and a
/// date that fits — within 10 days of the announcement or effective date for a day, the same month
/// for a month, the same year for a year. Among several, the measure dated nearest wins, then the one
/// listing more of the items the text names; an event
/// without a date links only when exactly one measure fits. Thread-safe after construction.
/// </summary>
public sealed class MeasureLinker(Dataset dataset, ItemMapper mapper)
{
    /// <summary>Days either side of a measure's dates that a day-precise event date may fall.</summary>
    public const int DayWindow = 10;

    /// <summary>The id of the registry measure <paramref name="e"/> refers to, or null.</summary>
    public string? Link(ControlEvent e, IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(items);
        var concepts = e.Concepts.Select(Concepts.Find).OfType<Concept>().ToList();
        var fitting = new List<(ControlMeasure Measure, int Distance)>();
        foreach (var m in dataset.Tables.Controls)
        {
            if (e.Issuer is not null && m.Issuer != e.Issuer) continue;
            if (!KindFits(e.Kind, m.Kind)) continue;
            if (!m.Items.Any(i => items.Contains(i) || concepts.Exists(c => mapper.Denotes(i, c)))) continue;
            var distance = DateDistance(e.Date, m);
            if (distance is null) continue;
            fitting.Add((m, distance.Value));
        }
        if (fitting.Count == 0) return null;
        // A technology ban is first looked for among technology bans, then among licence regimes on know-how.
        if (e.Kind == "technology-ban" && fitting.Exists(f => f.Measure.Kind == MeasureKind.TechnologyBan))
            fitting.RemoveAll(f => f.Measure.Kind != MeasureKind.TechnologyBan);
        if (e.Date is null) return fitting.Count == 1 ? fitting[0].Measure.Id : null;
        // At the same distance, the measure that lists more of the items the text names is the one it means.
        return fitting.OrderBy(f => f.Distance).ThenByDescending(f => f.Measure.Items.Count(items.Contains))
            .ThenBy(f => f.Measure.Id, StringComparer.Ordinal).First().Measure.Id;
    }

    private static bool KindFits(string eventKind, MeasureKind kind) => eventKind switch
    {
        "licence" => kind == MeasureKind.Licence,
        "ban" => kind == MeasureKind.Ban,
        "technology-ban" => kind is MeasureKind.TechnologyBan or MeasureKind.Licence,
        "suspension" => kind == MeasureKind.Suspension,
        _ => kind != MeasureKind.Suspension,
    };

    // Days between the event's date and the nearest of the measure's dates; null when outside the window.
    private static int? DateDistance(string? date, ControlMeasure m)
    {
        if (date is null) return 0;
        var dates = new List<DateOnly> { m.Announced, m.Effective };
        if (m.SuspendedFrom is { } f) dates.Add(f);
        switch (date.Length)
        {
            case 10:
                // Workspaces written before impossible dates were dropped at extraction may hold one ("2025-02-30").
                if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return null;
                var best = dates.Min(x => Math.Abs(x.DayNumber - d.DayNumber));
                return best <= DayWindow ? best : null;
            case 7:
                var year = int.Parse(date[..4], CultureInfo.InvariantCulture);
                var month = int.Parse(date[5..], CultureInfo.InvariantCulture);
                var inMonth = dates.Where(x => x.Year == year && x.Month == month).ToList();
                return inMonth.Count > 0 ? inMonth.Min(x => x.Day) : null;
            default:
                var y = int.Parse(date[..4], CultureInfo.InvariantCulture);
                var inYear = dates.Where(x => x.Year == y).ToList();
                return inYear.Count > 0 ? inYear.Min(x => x.DayOfYear) : null;
        }
    }
}
