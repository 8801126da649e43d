namespace Chokepoint.Model;

/// <summary>
/// value_added.csv: value added per US$ of an item's gross output in a country (the stage that makes it, or, with
/// <see cref="OutputPerUsd"/>, the industry its use enables), with the direction in which the figure may be off.
/// </summary>
/// <param name="Country">ISO3, or <c>*</c> for every country without its own row.</param>
/// <param name="VaSharePct">Value added as a share of gross output, 0–100.</param>
/// <param name="OutputPerUsd">Gross output of the using industry per US$ of the item (a capital good); null for the item's own output (1).</param>
/// <param name="Bound"><c>none</c>, <c>lower</c> or <c>upper</c>: whether the value added the row gives is at most or at least the true one.</param>
public sealed record ValueAddedShare(string Item, string Country, double VaSharePct, double? OutputPerUsd, string Bound, int Year, string Source, string Note)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;

    /// <summary>Value added per US$ of the item: share × output per US$.</summary>
    public double PerUsd => VaSharePct / 100 * (OutputPerUsd ?? 1);
}
