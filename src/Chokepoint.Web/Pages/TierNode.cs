namespace Chokepoint.Web.Pages;

/// <summary>A node of the exposure tier tree: an item, its availability (0–1) and whether it lies on the limiting path.</summary>
public sealed record TierNode(string Item, double Available, double ShareBlocked, bool Essential, bool Limiting, IReadOnlyList<TierNode> Inputs);
