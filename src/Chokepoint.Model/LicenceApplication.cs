namespace Chokepoint.Model;

/// <summary>A licence application as the user recorded it (stored in the workspace).</summary>
/// <param name="Id">Workspace id (0 before it is stored).</param>
/// <param name="Item">Item id (items.csv).</param>
/// <param name="Destination">ISO3 of the destination.</param>
/// <param name="Filed">Date filed (taken as the date MOFCOM accepted it).</param>
/// <param name="Status">One of <see cref="LicenceStatuses.All"/>.</param>
public sealed record LicenceApplication(long Id, string Item, string Destination, DateOnly Filed, string Status)
{
    /// <summary>Tariff line or control-list number the application names, if any.</summary>
    public string? Code { get; init; }
    /// <summary>Quantity applied for, in the item's unit, ≥ 0.</summary>
    public double? Quantity { get; init; }
    /// <summary>End user named in the application.</summary>
    public string? EndUser { get; init; }
    /// <summary>Days of the user's own stock of the item, counted from <see cref="StockFrom"/>; null to use the dataset's stocks.csv.</summary>
    public double? StockDays { get; init; }
    /// <summary>Date the stock count starts; null means the filing date.</summary>
    public DateOnly? StockFrom { get; init; }
}
