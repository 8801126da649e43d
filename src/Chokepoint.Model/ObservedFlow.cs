namespace Chokepoint.Model;

/// <summary>
/// One month of an observed trade flow (observed/flows.csv): what customs recorded leaving <paramref name="Exporter"/>
/// for <paramref name="Importer"/> ("*" = every destination), for one item or the sum of several.
/// </summary>
/// <param name="Month">First day of the month.</param>
/// <param name="Items">Item ids whose modelled flows add up to the observed series (e.g. every magnet item of one HS code).</param>
/// <param name="Quantity">Observed quantity in <paramref name="Unit"/>, ≥ 0.</param>
public sealed record ObservedFlow(DateOnly Month, IReadOnlyList<string> Items, string Exporter, string Importer, double Quantity, string Unit, string Source)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;

    /// <summary>The items as written (";"-joined), the series key with exporter and importer.</summary>
    public string ItemKey => string.Join(';', Items);
}
