namespace Chokepoint.Model;

/// <summary>
/// A standing rule on who gets an item or where a buyer may buy it (sourcing_rules.csv): a <see cref="Priority"/>
/// rating puts the holders first when the item falls short in their country; a <see cref="Bar"/> forbids them the
/// item from an origin country from a date on.
/// </summary>
/// <param name="Id">Rule id (lowercase-kebab).</param>
/// <param name="Kind"><see cref="Priority"/> or <see cref="Bar"/>.</param>
/// <param name="Country">Country of the holders (ISO3).</param>
/// <param name="Holder">Who the rule covers: an item id (makers of that item), an industry of items.csv, or "*".</param>
/// <param name="Items">Items covered ("*" = every input).</param>
/// <param name="OriginCountry">For a bar, the barred origin (ISO3); empty for a priority rule.</param>
/// <param name="From">Date the rule applies from; null = always.</param>
public sealed record SourcingRule(string Id, string Kind, string Country, string Holder, IReadOnlyList<string> Items, string OriginCountry, DateOnly? From, string Source)
{
    /// <summary>Allocation priority when short.</summary>
    public const string Priority = "priority";
    /// <summary>A procurement bar on an origin.</summary>
    public const string Bar = "bar";

    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;

    /// <summary>True when the rule covers input <paramref name="item"/>.</summary>
    public bool Covers(string item) => Items.Contains(Names.Everyone) || Items.Contains(item);
}
