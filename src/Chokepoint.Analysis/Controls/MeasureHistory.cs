using Chokepoint.Model;

namespace Chokepoint.Analysis.Controls;

/// <summary>A date on which a measure's recorded status changes, and the status from that date.</summary>
/// <param name="Date">First day of the status.</param>
/// <param name="Status">The recorded status from that day.</param>
/// <param name="Verified">False when the date lies after the registry's review date (no source checked since confirms it).</param>
public sealed record StatusChange(DateOnly Date, MeasureStatus Status, bool Verified);

/// <summary>The status history of one measure: every date its recorded status changes (own dates, suspensions acting on it).</summary>
public static class MeasureHistory
{
    /// <summary>Status changes of <paramref name="m"/> in date order, under the dataset's registry.</summary>
    public static IReadOnlyList<StatusChange> Of(Dataset dataset, ControlMeasure m)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(m);
        var resolver = new MeasureResolver(dataset.Tables.Controls);
        var reviewed = dataset.Tables.ControlsReviewedThrough;
        var dates = new SortedSet<DateOnly> { m.Announced, m.Effective };
        void Add(DateOnly? d) { if (d is { } x) dates.Add(x); }
        Add(m.Ended);
        Add(m.SuspendedFrom);
        Add(m.SuspendedUntil);
        foreach (var s in dataset.Tables.Controls.Where(s => s.Suspends.Contains(m.Id)))
        {
            Add(s.Effective);
            Add(s.Ended);
            Add(s.SuspendedFrom);
            Add(s.SuspendedUntil);
        }
        var history = new List<StatusChange>();
        MeasureStatus? last = null;
        foreach (var d in dates)
        {
            if (resolver.StatusOn(m, d) is not { } status || status == last) continue;
            history.Add(new StatusChange(d, status, reviewed is not { } r || d <= r));
            last = status;
        }
        return history;
    }
}
