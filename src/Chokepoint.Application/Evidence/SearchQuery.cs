namespace Chokepoint.Application.Evidence;

/// <summary>search: the query and filters as the user gave them (null for none).</summary>
/// <param name="Q">FTS5 query: words, "phrases", AND/OR/NOT, NEAR(a b), prefix*.</param>
/// <param name="Industry">Only documents tagged with this industry.</param>
/// <param name="Item">Only documents naming a concept that denotes this dataset item.</param>
/// <param name="Issuer">Only documents with a control event issued by this ISO3 country.</param>
/// <param name="From">Only documents with a control event dated on or after this date (YYYY[-MM[-DD]]).</param>
/// <param name="To">Only documents with a control event dated on or before this date.</param>
/// <param name="Limit">Most results (1–1000).</param>
/// <param name="Offset">Results to skip (paging).</param>
public sealed record SearchQuery(string? Q, string? Industry = null, string? Item = null, string? Issuer = null, string? From = null, string? To = null,
    string? Limit = null, string? Offset = null);
