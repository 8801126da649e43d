namespace Chokepoint.Model;

/// <summary>A cited publication.</summary>
public sealed record Source(string Id, string Title, string Publisher, string Date, string Url)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
}

/// <summary>A country (ISO 3166-1 alpha-3) or the pseudo-country ROW.</summary>
public sealed record Country(string Iso3, string Name, IReadOnlyList<string> Groups)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
}

/// <summary>A good, technology or equipment tracked by the dataset.</summary>
public sealed record Item(string Id, string Name, ItemKind Kind, string Unit, IReadOnlyList<string> HsCodes, string Industry)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
    /// <summary>Other names texts use for the item, English and Chinese (items.csv's optional <c>aliases</c> column); empty when none.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>A country's share of world production of an item in a year.</summary>
/// <param name="SharePct">Share of world production, 0–100.</param>
/// <param name="Quantity">Optional absolute quantity produced by this country, in <paramref name="QuantityUnit"/>.</param>
public sealed record ProductionShare(
    string Item, string Country, int Year, double SharePct, string Source, Confidence Confidence,
    double? Quantity = null, string? QuantityUnit = null)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
    /// <summary>What the share measures (<see cref="Names.ShareBases"/>): <c>output</c> unless a proxy or another measure is stated.</summary>
    public string Basis { get; init; } = Names.OutputBasis;
    /// <summary>True when the share stands in for another measure (mining for refining, exports for production, a parent item's share).</summary>
    public bool IsProxy => Basis is "mining-proxy" or "export-proxy" or "parent-share";
}

/// <summary>One line of a bill of materials: <paramref name="Quantity"/> units of input per unit of output.</summary>
/// <param name="Essential">True when no output is possible without this input.</param>
public sealed record RecipeLine(string Output, string Input, double Quantity, bool Essential, string Source)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
    /// <summary>Alternative group this line belongs to (the output needs one input of the group); null for an ordinary line.</summary>
    public RecipeAlternative? Alternative { get; init; }
}

/// <summary>A bilateral trade flow, which gives an importer its own sourcing mix.</summary>
public sealed record TradeFlow(string Item, string Exporter, string Importer, int Year, double ValueUsd, string Source)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
}

/// <summary>Days of cover of an item held in a country ("*" = everyone), by a holder.</summary>
public sealed record StockCover(string Item, string Country, double DaysOfCover, string Source)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
    /// <summary>Who holds the stock: an item id (the makers of that item), an industry of items.csv, or "*" (every holder).</summary>
    public string Holder { get; init; } = Names.Everyone;
    /// <summary>Extra order while the cover is below its level, as % of the holder's daily use (0–1000); null when the row gives none.</summary>
    public double? RefillPct { get; init; }
    /// <summary>
    /// Top of the holders' covers when they differ (days, ≥ <see cref="DaysOfCover"/>, ≤ 36500): the holders' covers are spread
    /// evenly from <see cref="DaysOfCover"/> to this; null when every holder keeps <see cref="DaysOfCover"/>.
    /// </summary>
    public double? DaysOfCoverHigh { get; init; }
}

/// <summary>Headroom of unrestricted producers and days to build replacement capacity.</summary>
/// <param name="SpareCapacityPct">Spare capacity of producers as % of their current output, ≥ 0.</param>
/// <param name="ExpansionDays">Days to build enough new capacity to replace lost supply, ≥ 0.</param>
public sealed record Expansion(string Item, double SpareCapacityPct, double ExpansionDays, string Source)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
    /// <summary>For a capacity project (announced, under way or operating): its id; null for the item's headroom row.</summary>
    public string? Project { get; init; }
    /// <summary>Country of the project's plant.</summary>
    public string? Country { get; init; }
    /// <summary>Capacity the project adds a year, in <see cref="CapacityUnit"/>; null when no figure is published.</summary>
    public double? Capacity { get; init; }
    /// <summary>Unit of <see cref="Capacity"/>: the item's unit, or <c>t</c> for an item counted in kg.</summary>
    public string? CapacityUnit { get; init; }
    /// <summary>First day of output (reported or planned).</summary>
    public DateOnly? Online { get; init; }
    /// <summary><c>announced</c>, <c>under-way</c> or <c>operating</c>.</summary>
    public string? Status { get; init; }
}

/// <summary>Another published figure for a share, kept beside the chosen one.</summary>
public sealed record PublishedClaim(string Item, string Country, int Year, double ValuePct, string Metric, string Source, string Note)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
}

/// <summary>Final demand for a product in a country.</summary>
public sealed record Demand(string Product, string Country, double UnitsPerYear, string Source)
{
    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
    /// <summary>End-use class of the buyers (<see cref="Names.EndUses"/>): <c>military</c> for defence demand, <c>civil</c> by default.</summary>
    public string EndUse { get; init; } = Names.CivilUse;
}
