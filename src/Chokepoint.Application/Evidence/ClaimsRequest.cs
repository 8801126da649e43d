using Chokepoint.Evidence.Store;

namespace Chokepoint.Application.Evidence;

/// <summary>claims: filters as the user gave them (null for none) and the page.</summary>
/// <param name="Document">A document id or file name.</param>
/// <param name="Item">A dataset item id or name.</param>
/// <param name="Country">An ISO3 code.</param>
/// <param name="Status">agrees, agrees_with_other_figure, conflicts, not_comparable, new or unmapped.</param>
/// <param name="Industry">An industry id or synonym.</param>
/// <param name="Limit">Claims on the page, 1–<see cref="PageLimits.MaxLimit"/>.</param>
/// <param name="Offset">Claims skipped, 0–<see cref="PageLimits.MaxOffset"/>.</param>
/// <param name="CountStatuses">Count the matching claims per status over every page (reads every claim once) for the summary.</param>
public sealed record ClaimsRequest(string? Document = null, string? Item = null, string? Country = null, string? Status = null, string? Industry = null,
    int Limit = PageLimits.DefaultLimit, int Offset = 0, bool CountStatuses = true);
