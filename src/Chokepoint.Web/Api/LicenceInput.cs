namespace Chokepoint.Web.Api;

/// <summary>The body of POST /api/v1/licences (snake_case, as the CLI's options): item, destination and filed are required.</summary>
public sealed record LicenceInput(string? Item, string? Destination, string? Filed, double? Quantity, string? EndUser, string? Code, double? StockDays);
