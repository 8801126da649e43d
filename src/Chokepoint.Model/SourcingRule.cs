namespace Chokepoint.Model;

/// <summary>
/// A standing rule on who gets an item or where a buyer may buy it (sourcing_rules.csv): a <see cref="Priority"/>
/// rating puts the holders first when the item falls short in their country; a <see cref="Bar"/> forbids them the
/// item from an origin country from a date on; a <see cref="DomesticShare"/> has every buyer of the items in the country
/// take <see cref="SharePct"/> from the country's own makers (or the makers of an origin country) and the rest by its
/// imports (issue 17); a <see cref="Qualified"/> rule has the makers of an item (in a country, or everywhere) buy
/// <see cref="SharePct"/> of an input from one firm's plants only, as parts qualified from that firm alone, and the rest
/// from the other suppliers (issue 17 §1: a tier-1's known supplier of a part).
/// </summary>
/// <param name="Id">Rule id (lowercase-kebab).</param>
/// <param name="Kind"><see cref="Priority"/> or <see cref="Bar"/>.</param>
/// <param name="Country">Country of the holders (ISO3).</param>
/// <param name="Holder">Who the rule covers: an item id (makers of that item), an industry of items.csv, or "*".</param>
/// <param name="Items">Items covered ("*" = every input).</param>
/// <param name="OriginCountry">For a bar, the barred origin (ISO3); for a qualified rule, the firm (firms.csv id); empty for a priority rule.</param>
/// <param name="From">Date the rule applies from; null = always.</param>
public sealed record SourcingRule(string Id, string Kind, string Country, string Holder, IReadOnlyList<string> Items, string OriginCountry, DateOnly? From, string Source)
{
    /// <summary>Allocation priority when short.</summary>
    public const string Priority = "priority";
    /// <summary>A procurement bar on an origin.</summary>
    public const string Bar = "bar";
    /// <summary>The share of the buyers' supply that comes from the country's own makers; the rest is imported.</summary>
    public const string DomesticShare = "domestic-share";
    /// <summary>The share of the holders' need of an input qualified from one firm only (its plants); the rest from the other suppliers.</summary>
    public const string Qualified = "qualified";

    /// <summary>For a <see cref="DomesticShare"/> rule, the share (0–100) served by the country's own makers (or those of <see cref="OriginCountry"/>); for a <see cref="Qualified"/> rule, the share of the input qualified from the firm alone; else null.</summary>
    public double? SharePct { get; init; }

    /// <summary>For a <see cref="DomesticShare"/> rule, the country whose makers serve <see cref="SharePct"/>: <see cref="OriginCountry"/>, else the buyers' own <see cref="Country"/>.</summary>
    public string Makers => OriginCountry.Length > 0 ? OriginCountry : Country;

    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;

    /// <summary>True when the rule covers input <paramref name="item"/>.</summary>
    public bool Covers(string item) => Items.Contains(Names.Everyone) || Items.Contains(item);
}
