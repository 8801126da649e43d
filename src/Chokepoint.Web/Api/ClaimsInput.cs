namespace Chokepoint.Web.Api;

/// <summary>The claims list's parameters as they arrive (query string), checked by <see cref="EvidenceQueries.Claims(ClaimsInput, CancellationToken)"/>.</summary>
public sealed record ClaimsInput(
    string? Document = null, string? Item = null, string? Country = null, string? Status = null, string? Limit = null, string? Offset = null,
    string? Industry = null);
