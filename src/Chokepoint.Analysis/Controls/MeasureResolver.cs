using Chokepoint.Model;

namespace Chokepoint.Analysis.Controls;

/// <summary>
/// Resolves the status of measures on a date (DESIGN "As-of resolution"): announced before
/// <c>effective</c>; in force from <c>effective</c>; suspended inside its own suspension window or
/// while a suspension measure that lists it is itself in force; ended from <c>ended</c>.
/// Measures announced after the date have no status (null). Thread-safe.
/// </summary>
public sealed class MeasureResolver
{
    private readonly IReadOnlyList<ControlMeasure> _measures;
    private readonly Dictionary<string, List<ControlMeasure>> _suspendedBy = new(StringComparer.Ordinal);

    /// <summary>Resolves over <paramref name="measures"/> (a registry, or registry plus scenario measures).</summary>
    public MeasureResolver(IReadOnlyList<ControlMeasure> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        _measures = measures;
        foreach (var m in measures)
            foreach (var target in m.Suspends)
            {
                if (!_suspendedBy.TryGetValue(target, out var list)) _suspendedBy[target] = list = [];
                list.Add(m);
            }
    }

    /// <summary>All measures known to the resolver.</summary>
    public IReadOnlyList<ControlMeasure> Measures => _measures;

    /// <summary>Status of <paramref name="m"/> on <paramref name="date"/>; null when announced after the date.</summary>
    public MeasureStatus? StatusOn(ControlMeasure m, DateOnly date) => StatusOn(m, date, depth: 0);

    private MeasureStatus? StatusOn(ControlMeasure m, DateOnly date, int depth)
    {
        ArgumentNullException.ThrowIfNull(m);
        if (date < m.Announced) return null;
        if (m.Ended is { } end && date >= end) return MeasureStatus.Ended;
        if (date < m.Effective) return MeasureStatus.Announced;
        if (m.SuspendedFrom is { } from && date >= from && (m.SuspendedUntil is not { } until || date < until))
            return MeasureStatus.Suspended;
        // A suspension of a suspension is legal but rare; the depth cap guards against cycles in bad data.
        if (depth < 8 && _suspendedBy.TryGetValue(m.Id, out var suspensions))
            foreach (var s in suspensions)
                if (StatusOn(s, date, depth + 1) == MeasureStatus.InForce)
                    return MeasureStatus.Suspended;
        return MeasureStatus.InForce;
    }

    /// <summary>
    /// Measures in force on <paramref name="date"/> that restrict exports of goods (not suspensions,
    /// technology or interventions) from their issuer.
    /// </summary>
    public IEnumerable<ControlMeasure> RestrictionsInForce(DateOnly date)
    {
        foreach (var m in _measures)
            if (IsGoodsRestriction(m) && StatusOn(m, date) == MeasureStatus.InForce)
                yield return m;
    }

    /// <summary>True for measures that restrict physical flows: licence, ban, extraterritorial.</summary>
    public static bool IsGoodsRestriction(ControlMeasure m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.Kind is MeasureKind.Licence or MeasureKind.Ban or MeasureKind.Extraterritorial;
    }
}
