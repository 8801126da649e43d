namespace Chokepoint.Analysis.Exposure;

/// <summary>
/// A producer (a country, or a plant of plants.csv) of an item in the exposure tier tree: the share of the buyer's
/// supply it provides, what the measures let through to the buyer, and how much its makers can make (the minimum
/// over their essential requirements, Leontief).
/// </summary>
/// <param name="Producer">Producer id: ISO3 or plant id.</param>
/// <param name="Country">Where the producer stands (a plant's country).</param>
/// <param name="Fraction">Share of the buyer's supply (0–1), from its sourcing mix.</param>
/// <param name="Pass">Fraction (0–1) of this producer's flow to the buyer that the blockade lets through.</param>
/// <param name="MakersAvailable">The producer's availability (0–1): its scarcest essential requirement.</param>
/// <param name="Inputs">The producer's requirements (empty when the node was not opened).</param>
public sealed record TierSupplier(string Producer, string Country, double Fraction, double Pass, double MakersAvailable, IReadOnlyList<TierInput> Inputs)
{
    /// <summary>Share of the buyer's supply delivered (0–1): fraction × pass × makers' availability.</summary>
    public double Delivered => Fraction * Pass * MakersAvailable;

    /// <summary>Share of the buyer's supply lost through this producer (0–1).</summary>
    public double Lost => Fraction - Delivered;

    /// <summary>True when this producer lies on the limiting path (the one whose input shortage costs the buyer most).</summary>
    public bool Limiting { get; init; }
}
