namespace Chokepoint.Analysis.Exposure;

/// <summary>
/// An item as delivered to a buyer in the exposure tier tree: its availability (0–1) is the sum of what its
/// producers deliver (<see cref="TierSupplier.Delivered"/>), so the node adds up from its children.
/// </summary>
/// <param name="Item">Item id.</param>
/// <param name="Buyer">Who receives it: the importer at the root, a producer (country or plant) deeper down.</param>
/// <param name="Available">Available fraction (0–1), as <see cref="ExposureAnalysis.Available"/> computes it.</param>
/// <param name="Suppliers">The producers shown, largest loss first (empty when the node was not opened).</param>
/// <param name="Others">Producers not listed (nothing lost, or beyond the node budget): how many, their share of supply and what they deliver (0–1).</param>
public sealed record TierItem(string Item, string Buyer, double Available, IReadOnlyList<TierSupplier> Suppliers, TierOthers Others)
{
    /// <summary>True when no production data exists for the item (the analysis treats it as unrestricted).</summary>
    public bool NoProducers { get; init; }

    /// <summary>True when this node lies on the limiting path.</summary>
    public bool Limiting { get; init; }
}
