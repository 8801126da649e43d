namespace Chokepoint.Model;

/// <summary>mrio_sectors.csv: the MRIO sector a product's output belongs to (definitional, in a stated classification).</summary>
/// <param name="Item">A product of the dataset.</param>
/// <param name="Sector">The sector code as the MRIO names it (e.g. OECD ICIO's D29).</param>
/// <param name="Classification">The classification the code belongs to (e.g. "OECD ICIO 2021 (ISIC Rev. 4)").</param>
public sealed record MrioSectorMapping(string Item, string Sector, string Classification, string Source, string Note)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
}
