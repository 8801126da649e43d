using Chokepoint.Model;

namespace Chokepoint.Simulation.Measures;

/// <summary>
/// Status of measures on a date: announced before <c>effective</c>; ended from <c>ended</c>; suspended inside
/// its own suspension window or while a suspension measure that lists it in <c>suspends</c> is in force;
/// in force otherwise. Thread-safe for reading.
/// </summary>
public sealed class MeasureCalendar
{
    private readonly Dictionary<string, List<ControlMeasure>> _suspendedBy = new(StringComparer.Ordinal);

    /// <summary>Builds the lookup of suspension measures from the registry (and any extra measures).</summary>
    public MeasureCalendar(IEnumerable<ControlMeasure> registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var m in registry)
        {
            if (m.Kind != MeasureKind.Suspension) continue;
            foreach (var id in m.Suspends)
            {
                if (!_suspendedBy.TryGetValue(id, out var list)) _suspendedBy[id] = list = [];
                list.Add(m);
            }
        }
    }

    /// <summary>Status of <paramref name="measure"/> on <paramref name="date"/>.</summary>
    public MeasureStatus StatusOn(ControlMeasure measure, DateOnly date) => StatusOn(measure, date, depth: 0);

    /// <summary>True when <paramref name="measure"/> is in force (effective, not ended, not suspended) on <paramref name="date"/>.</summary>
    public bool InForce(ControlMeasure measure, DateOnly date) => StatusOn(measure, date) == MeasureStatus.InForce;

    /// <summary>Suspension measures that list <paramref name="measure"/>, in registry order.</summary>
    public IReadOnlyList<ControlMeasure> SuspensionsOf(ControlMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return _suspendedBy.TryGetValue(measure.Id, out var list) ? list : [];
    }

    private MeasureStatus StatusOn(ControlMeasure m, DateOnly date, int depth)
    {
        ArgumentNullException.ThrowIfNull(m);
        if (date < m.Effective) return MeasureStatus.Announced;
        if (m.Ended is { } end && date >= end) return MeasureStatus.Ended;
        if (m.SuspendedFrom is { } from && date >= from && (m.SuspendedUntil is not { } until || date < until))
            return MeasureStatus.Suspended;
        // A suspension of a suspension is followed a few levels deep; deeper chains do not occur in practice.
        if (depth < 4 && _suspendedBy.TryGetValue(m.Id, out var suspensions))
            foreach (var s in suspensions)
                if (StatusOn(s, date, depth + 1) == MeasureStatus.InForce) return MeasureStatus.Suspended;
        return MeasureStatus.InForce;
    }
}
