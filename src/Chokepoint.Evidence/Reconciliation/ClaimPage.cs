using Chokepoint.Evidence.Store;

namespace Chokepoint.Evidence.Reconciliation;

/// <summary>A page of claims read against the dataset, with the number of matching claims per status when they were counted.</summary>
/// <param name="Page">The claims of the page and the total that match.</param>
/// <param name="StatusCounts">Matching claims per status over every page; empty when not counted.</param>
public sealed record ClaimPage(Page<ClaimView> Page, IReadOnlyDictionary<string, int> StatusCounts)
{
    /// <summary>
    /// The claims of <paramref name="workspace"/> that pass <paramref name="filter"/>, <paramref name="limit"/> of them from
    /// <paramref name="offset"/>. Memory holds one page and one document body whatever the workspace holds. A filter on
    /// country, item, status or industry (or <paramref name="countStatuses"/>) reads the claims labelled for this dataset
    /// through an index, labelling first the claims that have no label yet (<see cref="Workspace.TryLabelClaims"/>); when
    /// the workspace cannot be written it reads every claim once instead. Otherwise only the page is read.
    /// Checks <paramref name="cancel"/> every 1,024 claims read and between batches of labels.
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
        // Labels stored per claim for this dataset serve the filter from an index; the first filtered read after an ingest
        // or a change of dataset writes the missing ones. A workspace that cannot be written is read claim by claim.
        if (workspace.LabelsComplete(analyst.Fingerprint) || LabelAll(analyst, workspace, cancel))
        {
            var labels = new LabelFilter(analyst.Fingerprint, filter.DocumentId, filter.Country, filter.Item, filter.Status, filter.Industry);
            var stored = workspace.LabelledClaims(labels, limit, offset);
            var views = stored.Items.Select(analyst.View).ToList();
            return new ClaimPage(new Page<ClaimView>(views, stored.Total, offset), countStatuses ? workspace.LabelCounts(labels) : new Dictionary<string, int>());
        }
        return Scan(analyst, workspace, filter, limit, offset, countStatuses, cancel);
    }

    /// <summary>
    /// Stores the label of every claim not yet labelled against the analyst's dataset (an ingest can do it at once so the
    /// first filtered list is quick); false when the workspace cannot be written.
    /// </summary>
    public static bool LabelAll(EvidenceAnalyst analyst, Workspace workspace, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(analyst);
        ArgumentNullException.ThrowIfNull(workspace);
        return workspace.TryLabelClaims(analyst.Fingerprint, c => Label(analyst.View(c)), cancel);
    }

    /// <summary>The label a claim is stored with: its status, item and industry.</summary>
    public static ClaimLabel Label(ClaimView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new ClaimLabel(view.Reconciliation.Status, view.Reconciliation.Item, view.Industry);
    }

    /// <summary>The same page read claim by claim, every claim worked out against the dataset (no stored labels needed).</summary>
    internal static ClaimPage Scan(EvidenceAnalyst analyst, Workspace workspace, ClaimFilter filter, int limit, int offset, bool countStatuses, CancellationToken cancel)
    {
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
