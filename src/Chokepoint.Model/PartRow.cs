namespace Chokepoint.Model;

/// <summary>One line of a user's parts list, as read (columns mapped to these fields).</summary>
/// <param name="Row">Row number in the file (1 = header), for messages.</param>
/// <param name="Part">Part number.</param>
/// <param name="Code">HS or national tariff code, or a control-list number.</param>
/// <param name="Origin">ISO3 country of origin.</param>
public sealed record PartRow(int Row, string Part, string Code, string Origin)
{
    /// <summary>Free-text description.</summary>
    public string Description { get; init; } = "";
    /// <summary>Supplier name.</summary>
    public string Supplier { get; init; } = "";
    /// <summary>ISO3 country the supplier ships from; empty when not given (taken as the origin).</summary>
    public string SupplierCountry { get; init; } = "";
    /// <summary>Units bought a year, ≥ 0; null when not given.</summary>
    public double? QuantityPerYear { get; init; }
    /// <summary>Days of the user's own stock, ≥ 0; null when not given.</summary>
    public double? StockDays { get; init; }
    /// <summary>End-use class of the buyer (<see cref="Names.EndUses"/>: civil, military, listed-entity, general-licence); empty when not given (unknown).</summary>
    public string EndUse { get; init; } = "";
}
