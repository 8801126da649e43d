namespace Chokepoint.Web.Api;

/// <summary>The body of POST /api/v1/licences/{id}/status.</summary>
public sealed record LicenceStatusInput(string? Status);
