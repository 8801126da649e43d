namespace Chokepoint.Analysis.Exposure;

/// <summary>The producers of a tier-tree node that are counted but not listed (they lose nothing, or the node budget ran out).</summary>
/// <param name="Count">How many producers.</param>
/// <param name="Fraction">Their share of the buyer's supply (0–1).</param>
/// <param name="Delivered">What they deliver of it (0–1); equal to <paramref name="Fraction"/> when they lose nothing.</param>
public sealed record TierOthers(int Count, double Fraction, double Delivered);
