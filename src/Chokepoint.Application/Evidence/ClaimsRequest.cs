namespace Chokepoint.Application.Evidence;

/// <summary>claims: filters as the user gave them (null for none).</summary>
/// <param name="Document">A document id or file name.</param>
/// <param name="Item">A dataset item id or name.</param>
/// <param name="Country">An ISO3 code.</param>
/// <param name="Status">agrees, agrees_with_other_figure, conflicts, not_comparable, new or unmapped.</param>
public sealed record ClaimsRequest(string? Document = null, string? Item = null, string? Country = null, string? Status = null);
