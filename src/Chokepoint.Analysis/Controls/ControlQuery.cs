using Chokepoint.Model;

namespace Chokepoint.Analysis.Controls;

/// <summary>Filters for the controls listing; null fields do not filter.</summary>
public sealed record ControlFilter
{
    /// <summary>Date of the status (inclusive).</summary>
    public required DateOnly AsOf { get; init; }
    /// <summary>Keep measures issued by this ISO3.</summary>
    public string? Issuer { get; init; }
    /// <summary>Keep measures whose destinations include this ISO3.</summary>
    public string? Target { get; init; }
    /// <summary>Keep measures that list this item.</summary>
    public string? Item { get; init; }
    /// <summary>Keep measures covering an item whose HS codes start with, or are a prefix of, this code.</summary>
    public string? HsCode { get; init; }
    /// <summary>Keep measures with this status.</summary>
    public MeasureStatus? Status { get; init; }
    /// <summary>Keep only these measures (e.g. those a code matched, <see cref="Codes.CodeIndex"/>).</summary>
    public IReadOnlySet<string>? MeasureIds { get; init; }
}

/// <summary>A measure with its status on the filter date.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Status">Shown status (unverified after the review date when the recorded dates change it).</param>
/// <param name="StatusIfUnchanged">For an unverified measure, what the recorded dates give; else null.</param>
public sealed record MeasureOnDate(ControlMeasure Measure, MeasureStatus Status, MeasureStatus? StatusIfUnchanged = null);

/// <summary>The controls listing: every measure known on a date with its status.</summary>
public static class ControlQuery
{
    /// <summary>Measures announced on or before the date that pass the filter, by effective date.</summary>
    public static IReadOnlyList<MeasureOnDate> Run(Dataset dataset, ControlFilter filter)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(filter);
        var resolver = new MeasureResolver(dataset.Tables.Controls, dataset.Tables.ControlsReviewedThrough);
        var result = new List<MeasureOnDate>();
        foreach (var m in dataset.Tables.Controls)
        {
            if (resolver.Review(m, filter.AsOf) is not { } review) continue;
            var status = review.Status;
            if (filter.Status is { } s && s != status) continue;
            if (filter.Issuer is { } issuer && m.Issuer != issuer) continue;
            if (filter.Target is { } target && !TargetsIncludingSuspensions(dataset, m, target)) continue;
            if (filter.Item is { } item && !m.Items.Contains(item)) continue;
            if (filter.HsCode is { } hs && !CoversHs(dataset, m, hs)) continue;
            if (filter.MeasureIds is { } ids && !ids.Contains(m.Id)) continue;
            result.Add(new MeasureOnDate(m, status, review.StatusIfUnchanged));
        }
        return result.OrderBy(r => r.Measure.Effective).ThenBy(r => r.Measure.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>True when an item of <paramref name="m"/> has an HS code that starts with <paramref name="hs"/> or is a prefix of it.</summary>
    public static bool CoversHs(Dataset dataset, ControlMeasure m, string hs)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(m);
        foreach (var id in m.Items)
            if (dataset.Items.TryGetValue(id, out var item))
                foreach (var code in item.HsCodes)
                    if (code.StartsWith(hs, StringComparison.Ordinal) || hs.StartsWith(code, StringComparison.Ordinal))
                        return true;
        return false;
    }

    // A suspension's own destinations are those of the measures it suspends when it lists none of its own.
    private static bool TargetsIncludingSuspensions(Dataset dataset, ControlMeasure m, string target)
    {
        if (m.Targets(target)) return true;
        return m.Kind == MeasureKind.Suspension &&
               m.Suspends.Any(id => dataset.Measures.TryGetValue(id, out var s) && s.Targets(target));
    }
}
