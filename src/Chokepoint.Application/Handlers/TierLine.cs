namespace Chokepoint.Application.Handlers;

/// <summary>One line of the exposure tier tree as every surface shows it: what it is, its figures in words, and why it limits.</summary>
/// <param name="Kind">"item" (an item as delivered to a buyer), "producer", "input" or "others".</param>
/// <param name="Item">The item to link to, or null.</param>
/// <param name="Label">What the line is ("CHN", "gallium to DEU").</param>
/// <param name="Figure">Its numbers in words; each line's figure follows from its children's.</param>
/// <param name="Why">Why the line lies on the limiting path, or null.</param>
/// <param name="Limiting">True on the limiting path.</param>
/// <param name="Lost">Share (0–1) lost at this line, for the bar.</param>
/// <param name="Children">The lines under it.</param>
public sealed record TierLine(string Kind, string? Item, string Label, string Figure, string? Why, bool Limiting, double Lost, IReadOnlyList<TierLine> Children);
