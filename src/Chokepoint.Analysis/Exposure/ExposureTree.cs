namespace Chokepoint.Analysis.Exposure;

/// <summary>
/// The tier tree behind an exposure figure (<see cref="ExposureAnalysis.Tree"/>): the same recursion as the figure, so every
/// node adds up from its children. Exactly one of <see cref="Delivered"/> (what buyers receive) and <see cref="Makers"/>
/// (what the makers located in a country can make) is set.
/// </summary>
/// <param name="Delivered">Root for "bought by": the item as delivered to the importer.</param>
/// <param name="Makers">Root for "made in": the makers of the item located in the country.</param>
/// <param name="LimitingPath">The item ids the limiting path runs through, as the result reports it.</param>
/// <param name="Cut">True when the node budget stopped the tree from opening every short input.</param>
public sealed record ExposureTree(TierItem? Delivered, TierSupplier? Makers, IReadOnlyList<string> LimitingPath, bool Cut);
