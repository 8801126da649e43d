using Chokepoint.Analysis.Controls;
using Chokepoint.Model;

namespace Chokepoint.Application.Charts;

/// <summary>
/// The timeline of export-control measures: one row per measure (suspensions are not rows of their own), segments from
/// its effective date to the date (or its end) coloured by its status at the time, circles at announcements, diamonds
/// where the status after the registry's review date is unverified.
/// </summary>
public static class TimelineChart
{
    /// <summary>Segments walk the calendar in steps of this many days: exact to a week, cheap.</summary>
    private const int StepDays = 7;

    /// <summary>The timeline of <paramref name="measures"/> (their status on <paramref name="today"/>) among <paramref name="all"/> measures of the registry (suspensions act on others).</summary>
    public static Chart Of(IReadOnlyList<MeasureOnDate> measures, IReadOnlyList<ControlMeasure> all, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(all);
        var resolver = new MeasureResolver(all);
        var rows = measures.Where(m => m.Measure.Kind != MeasureKind.Suspension).ToList();
        var inForce = new List<ChartPoint>();
        var suspended = new List<ChartPoint>();
        var announced = new List<ChartPoint>();
        var unverified = new List<ChartPoint>();
        var labels = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var m = rows[i].Measure;
            var hover = $"{m.Id} ({Names.Of(m.Kind)}): {string.Join(", ", m.Items.Take(4))}{(m.Items.Count > 4 ? $", +{m.Items.Count - 4}" : "")}";
            labels.Add(rows[i].Status == MeasureStatus.Unverified ? m.Id + " (unverified)" : m.Id);
            var end = m.Ended is { } e && e < today ? e : today;
            var runStart = m.Effective;
            var runStatus = resolver.StatusOn(m, runStart);
            for (var d = m.Effective.AddDays(StepDays); runStart < end; d = d.AddDays(StepDays))
            {
                var at = d >= end ? end : d;
                var status = resolver.StatusOn(m, at);
                if (status == runStatus && at < end) continue;
                var segment = new ChartPoint(ChartPoint.Day(runStart), i) { XEnd = ChartPoint.Day(at), Hover = hover };
                if (runStatus == MeasureStatus.InForce) inForce.Add(segment);
                else if (runStatus == MeasureStatus.Suspended) suspended.Add(segment);
                runStart = at;
                runStatus = status;
            }
            announced.Add(new ChartPoint(ChartPoint.Day(m.Announced), i) { Hover = $"{m.Id} announced {Wording.Format.Date(m.Announced)}" });
            // After the registry's review date the recorded dates change this measure's status, unconfirmed by a source.
            if (rows[i].Status == MeasureStatus.Unverified) unverified.Add(new ChartPoint(ChartPoint.Day(today), i) { Hover = hover });
        }
        return new Chart(
            $"Export-control measures to {Wording.Format.Date(today)} (red: in force, grey: suspended)",
            new Axis("date", AxisScale.Date),
            new Axis("measure", AxisScale.Category) { Categories = labels },
            [
                new Series("in force", SeriesKind.Segments, inForce) { Color = ChartColors.Red },
                new Series("suspended", SeriesKind.Segments, suspended) { Color = ChartColors.Grey },
                new Series("announced", SeriesKind.Markers, announced) { Color = ChartColors.Black, Marker = PointMarker.OpenCircle },
                new Series("status unverified (after the registry's review date)", SeriesKind.Markers, unverified) { Color = ChartColors.Amber, Marker = PointMarker.Diamond },
            ])
        {
            EmptyText = "No measure in the registry",
        };
    }
}
