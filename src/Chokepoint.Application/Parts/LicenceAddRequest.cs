namespace Chokepoint.Application.Parts;

/// <summary>licences add: an application as the user gave it.</summary>
public sealed record LicenceAddRequest(string? Item, string? Destination, string? Filed, double? Quantity = null, string? EndUser = null, string? Code = null, double? StockDays = null);
