namespace Chokepoint.Application.Handlers;

/// <summary>The exposure tier tree in words (<see cref="TierTreeView"/>).</summary>
/// <param name="Root">The analysed item (bought by) or its makers (made in).</param>
/// <param name="Why">Why the limiting path is limiting, one sentence per step.</param>
/// <param name="Cut">True when the node budget left short inputs unopened.</param>
public sealed record TierTree(TierLine Root, IReadOnlyList<string> Why, bool Cut);
