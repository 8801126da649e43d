using Chokepoint.Model;

namespace Chokepoint.Analysis.Controls;

/// <summary>
/// Resolves the status of measures on a date (DESIGN "As-of resolution"): announced before
/// <c>effective</c>; in force from <c>effective</c>; suspended inside its own suspension window or
/// while a suspension measure that lists it is itself in force; ended from <c>ended</c>.
/// Measures announced after the date have no status (null). A commitment that was not enacted stays announced.
/// With a review date (controls.yaml <c>reviewed_through</c>), a measure whose recorded status on a later date differs
/// from its status on the review date is <see cref="MeasureStatus.Unverified"/>: analyses keep the reviewed status
/// (<see cref="Review"/>). Thread-safe.
/// </summary>
public sealed class MeasureResolver
{
    private readonly IReadOnlyList<ControlMeasure> _measures;
    private readonly Dictionary<string, List<ControlMeasure>> _suspendedBy = new(StringComparer.Ordinal);

    /// <summary>Resolves over <paramref name="measures"/> (a registry, or registry plus scenario measures).</summary>
    /// <param name="measures">The measures.</param>
    /// <param name="reviewedThrough">The registry's review date; null applies the recorded dates on every date.</param>
    public MeasureResolver(IReadOnlyList<ControlMeasure> measures, DateOnly? reviewedThrough = null)
    {
        ArgumentNullException.ThrowIfNull(measures);
        _measures = measures;
        ReviewedThrough = reviewedThrough;
        foreach (var m in measures)
            foreach (var target in m.Suspends)
            {
                if (!_suspendedBy.TryGetValue(target, out var list)) _suspendedBy[target] = list = [];
                list.Add(m);
            }
    }

    /// <summary>The review date, or null.</summary>
    public DateOnly? ReviewedThrough { get; }

    /// <summary>All measures known to the resolver.</summary>
    public IReadOnlyList<ControlMeasure> Measures => _measures;

    /// <summary>Status of <paramref name="m"/> on <paramref name="date"/>; null when announced after the date.</summary>
    public MeasureStatus? StatusOn(ControlMeasure m, DateOnly date) => StatusOn(m, date, depth: 0);

    private MeasureStatus? StatusOn(ControlMeasure m, DateOnly date, int depth)
    {
        ArgumentNullException.ThrowIfNull(m);
        if (date < m.Announced) return null;
        if (!m.Enacted) return MeasureStatus.Announced;
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
    /// The status shown on <paramref name="date"/> and the one analyses use: after the review date, a recorded change
    /// since the review is <see cref="MeasureStatus.Unverified"/>, with the recorded status as
    /// <see cref="MeasureReview.StatusIfUnchanged"/> and the reviewed one as <see cref="MeasureReview.Effective"/>.
    /// Null when the measure was announced after the date.
    /// </summary>
    public MeasureReview? Review(ControlMeasure m, DateOnly date)
    {
        if (StatusOn(m, date) is not { } recorded) return null;
        if (ReviewedThrough is not { } r || date <= r || StatusOn(m, r) is not { } reviewed || reviewed == recorded)
            return new MeasureReview(recorded, null, recorded);
        return new MeasureReview(MeasureStatus.Unverified, recorded, reviewed);
    }

    /// <summary>
    /// Measures in force on <paramref name="date"/> that restrict exports of goods (not suspensions,
    /// technology or interventions) from their issuer; after the review date, as reviewed.
    /// </summary>
    public IEnumerable<ControlMeasure> RestrictionsInForce(DateOnly date)
    {
        foreach (var m in _measures)
            if (IsGoodsRestriction(m) && Review(m, date)?.Effective == MeasureStatus.InForce)
                yield return m;
    }

    /// <summary>True for measures that restrict physical flows: licence, ban, extraterritorial.</summary>
    public static bool IsGoodsRestriction(ControlMeasure m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.Kind is MeasureKind.Licence or MeasureKind.Ban or MeasureKind.Extraterritorial;
    }
}
