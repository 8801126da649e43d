namespace Chokepoint.Web.Api;

/// <summary>The search parameters as they arrive (query string or form), checked by <see cref="EvidenceQueries.Search(SearchInput, CancellationToken)"/>.</summary>
public sealed record SearchInput(
    string? Q, string? Industry = null, string? Item = null, string? Issuer = null, string? From = null, string? To = null,
    string? Limit = null, string? Offset = null);
