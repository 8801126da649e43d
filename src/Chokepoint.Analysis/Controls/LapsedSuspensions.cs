using Chokepoint.Model;

namespace Chokepoint.Analysis.Controls;

/// <summary>
/// Suspensions that ended shortly before a date: the measures they covered resolve as in force again,
/// a conclusion that holds only if the registry recorded every extension. Users are told so.
/// </summary>
public static class LapsedSuspensions
{
    /// <summary>How far back a lapse is still worth a warning, in days.</summary>
    public const int WithinDays = 120;

    /// <summary>
    /// Suspension measures whose <c>ended</c> date lies in (<paramref name="date"/> − <paramref name="withinDays"/>, <paramref name="date"/>]
    /// and on or before the registry's review date (a later lapse is reported as unverified instead: see <see cref="ReviewNotice"/>).
    /// </summary>
    public static IReadOnlyList<ControlMeasure> Before(Dataset dataset, DateOnly date, int withinDays = WithinDays)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var reviewed = dataset.Tables.ControlsReviewedThrough ?? DateOnly.MaxValue;
        return dataset.Tables.Controls
            .Where(m => m.Kind == MeasureKind.Suspension && m.Ended is { } e && e <= date && e > date.AddDays(-withinDays) && e <= reviewed)
            .ToList();
    }

    /// <summary>The one-line warning shown for a lapsed suspension.</summary>
    public static string Warning(ControlMeasure suspension)
    {
        ArgumentNullException.ThrowIfNull(suspension);
        return $"Attention: suspension {suspension.Id} ended {suspension.Ended:yyyy-MM-dd} per the registry, so {string.Join(", ", suspension.Suspends)} count as in force again; update controls.yaml (or layer your own with --with) if it was extended.";
    }
}
