namespace Chokepoint.Evidence.Reconciliation;

/// <summary>Which claims a list shows; a null field does not filter, the others combine with AND.</summary>
/// <param name="DocumentId">Only claims of this document.</param>
/// <param name="Country">Only claims about this ISO3 country.</param>
/// <param name="Item">Only claims mapped to this dataset item id.</param>
/// <param name="Status">Only claims with this status (one of <see cref="Reconciler.Statuses"/>).</param>
/// <param name="Industry">Only claims about this industry (the industry of the claim's item or concept).</param>
public sealed record ClaimFilter(long? DocumentId = null, string? Country = null, string? Item = null, string? Status = null, string? Industry = null)
{
    /// <summary>True when only the document narrows the list (the count and the page come straight from the store).</summary>
    public bool ByDocumentOnly => Country is null && Item is null && Status is null && Industry is null;

    /// <summary>True when <paramref name="view"/> passes every filter.</summary>
    public bool Matches(ClaimView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return (DocumentId is null || view.DocumentId == DocumentId) && (Country is null || view.Claim.Country == Country)
            && (Item is null || view.Reconciliation.Item == Item) && (Status is null || view.Reconciliation.Status == Status)
            && (Industry is null || view.Industry == Industry);
    }
}
