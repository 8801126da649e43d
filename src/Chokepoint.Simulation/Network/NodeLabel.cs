namespace Chokepoint.Simulation.Network;

/// <summary>What a node of the network stands for: a producer (item × country) or a final demand (product × country).</summary>
/// <param name="Kind">The item's kind (raw, refined, component, product) for producers; "demand" for final demand; "other" for other uses of an item.</param>
public readonly record struct NodeLabel(string Item, string Country, string Kind)
{
    /// <summary>Kind of final demand nodes.</summary>
    public const string DemandKind = "demand";
    /// <summary>Kind of the other-uses node of an item (world output not modelled by the followed demand).</summary>
    public const string OtherKind = "other";

    /// <summary>
    /// What the node's country means: "made_in" for producers (output of the makers in the country), "bought_by" for final
    /// demand (what buyers in the country receive, wherever it was made), "other_uses" for the rest of the world market.
    /// </summary>
    public string Semantics => Kind switch { DemandKind => "bought_by", OtherKind => "other_uses", _ => "made_in" };

    /// <summary>The plant (plants.csv) this producer node stands for; null for a country's producers. <see cref="Country"/> is where it stands.</summary>
    public string? Plant { get; init; }

    /// <summary>The plant id for a plant's node, else the country.</summary>
    public string Producer => Plant ?? Country;

    /// <summary>True for final demand and other-uses nodes (they consume, they do not produce).</summary>
    public bool IsSink => Kind is DemandKind or OtherKind;
}
