using Chokepoint.Evidence.Store;

namespace Chokepoint.Evidence.Reconciliation;

/// <summary>A page of claims read against the dataset, with the number of matching claims per status when they were counted.</summary>
/// <param name="Page">The claims of the page and the total that match.</param>
/// <param name="StatusCounts">Matching claims per status over every page; empty when not counted.</param>
public sealed record ClaimPage(Page<ClaimView> Page, IReadOnlyDictionary<string, int> StatusCounts)
{
    /// <summary>
    /// The claims of <paramref name="workspace"/> that pass <paramref name="filter"/>, <paramref name="limit"/> of them from
    /// <paramref name="offset"/>. Memory holds one page and one document body whatever the workspace holds; a filter on
    /// country, item or status (or <paramref name="countStatuses"/>) reads every claim once, otherwise only the page is read.
    /// Checks <paramref name="cancel"/> every 1,024 claims.
    /// </summary>
    /// <param name="limit">Claims on the page, 1–<see cref="PageLimits.MaxLimit"/>.</param>
    /// <param name="offset">Claims skipped, 0–<see cref="PageLimits.MaxOffset"/>.</param>
    public static ClaimPage Read(EvidenceAnalyst analyst, Workspace workspace, ClaimFilter filter, int limit, int offset,
        bool countStatuses = false, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(analyst);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, PageLimits.MaxLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, PageLimits.MaxOffset);
        if (filter.ByDocumentOnly && !countStatuses)
        {
            var rows = workspace.EachClaim(filter.DocumentId, offset, limit).Select(analyst.View).ToList();
            return new ClaimPage(new Page<ClaimView>(rows, workspace.ClaimCount(filter.DocumentId), offset), new Dictionary<string, int>());
        }
        var items = new List<ClaimView>(Math.Min(limit, 256));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        var read = 0;
        foreach (var stored in workspace.EachClaim(filter.DocumentId))
        {
            if ((++read & 1023) == 0) cancel.ThrowIfCancellationRequested();
            if (filter.Country is not null && stored.Claim.Country != filter.Country) continue;
            var view = analyst.View(stored);
            if (!filter.Matches(view)) continue;
            if (total >= offset && items.Count < limit) items.Add(view);
            total++;
            counts[view.Reconciliation.Status] = counts.GetValueOrDefault(view.Reconciliation.Status) + 1;
        }
        return new ClaimPage(new Page<ClaimView>(items, total, offset), countStatuses ? counts : new Dictionary<string, int>());
    }
}
