namespace Chokepoint.Model;

/// <summary>
/// A plant's share of world production of an item in a year (plants.csv). It refines its country's row of
/// production.csv: the plant is a part of that row, never an addition to it.
/// </summary>
/// <param name="Plant">Plant id (kebab case): the producer node the engine and analyses see.</param>
/// <param name="Firm">Owning firm (firms.csv).</param>
/// <param name="Country">ISO3 where the plant stands; its country row must exist for the item-year.</param>
/// <param name="SharePct">Share of world production, 0–100, within the country's share.</param>
public sealed record PlantShare(
    string Plant, string Firm, string Item, string Country, int Year, double SharePct, string Source, Confidence Confidence)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
    /// <summary>Plant name as published (e.g. "Nexperia Dongguan assembly and test").</summary>
    public string Name { get; init; } = "";
    /// <summary>Optional capacity or output of the plant, in <see cref="QuantityUnit"/>.</summary>
    public double? Quantity { get; init; }
    /// <summary>Unit of <see cref="Quantity"/>.</summary>
    public string? QuantityUnit { get; init; }
}
