using Chokepoint.Model;

namespace Chokepoint.Analysis.Controls;

/// <summary>
/// The plain statement every surface shows when the as-of date lies after the registry's <c>reviewed_through</c>
/// date: which measures' status is unverified, what their recorded dates would give, and what the analysis used.
/// </summary>
public static class ReviewNotice
{
    /// <summary>The unverified measures on <paramref name="date"/> (empty on or before the review date), of <paramref name="issuer"/> alone when given.</summary>
    public static IReadOnlyList<MeasureOnDate> Unverified(Dataset dataset, DateOnly date, string? issuer = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var resolver = new MeasureResolver(dataset.Tables.Controls, dataset.Tables.ControlsReviewedThrough);
        var list = new List<MeasureOnDate>();
        foreach (var m in dataset.Tables.Controls)
            if ((issuer is null || m.Issuer == issuer) && resolver.Review(m, date) is { Status: MeasureStatus.Unverified } r)
                list.Add(new MeasureOnDate(m, r.Status, r.StatusIfUnchanged));
        return list;
    }

    /// <summary>One line for tables and reports; null when nothing is unverified. With <paramref name="issuer"/>, only that issuer's measures.</summary>
    public static string? Line(Dataset dataset, DateOnly date, string? issuer = null) => Line(dataset, date, issuer, null);

    /// <summary>
    /// As <see cref="Line(Dataset, DateOnly, string?)"/>, naming only the measures <paramref name="relevant"/> accepts (e.g. those
    /// on the paths of the item analysed, whose status can change the answer shown); null when none is unverified.
    /// </summary>
    public static string? Line(Dataset dataset, DateOnly date, string? issuer, Func<ControlMeasure, bool>? relevant)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var unverified = Unverified(dataset, date, issuer).Where(u => relevant is null || relevant(u.Measure)).ToList();
        if (unverified.Count == 0) return null;
        var reviewed = dataset.Tables.ControlsReviewedThrough!.Value;
        var parts = unverified.Select(u => $"{u.Measure.Id} ({Names.Of(u.StatusIfUnchanged!.Value)} if unchanged)");
        return $"Unverified: the registry was reviewed through {reviewed:yyyy-MM-dd}; the recorded dates change these measures before {date:yyyy-MM-dd} " +
               $"and no source checked confirms it: {string.Join(", ", parts)}. Analyses keep their status of {reviewed:yyyy-MM-dd}.";
    }
}
