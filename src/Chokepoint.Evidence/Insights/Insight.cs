namespace Chokepoint.Evidence.Insights;

/// <summary>One insight: a sentence written from the claims or events it rests on, with its references and any disagreement with the dataset.</summary>
/// <param name="Text">The insight in words, written from the extracted claims and events (not copied text).</param>
/// <param name="References">Numbers of the <see cref="InsightReference"/>s it rests on.</param>
/// <param name="Item">The dataset item it is about, or null.</param>
/// <param name="Flag">null when the dataset agrees or has nothing to compare; else <c>conflicts</c>, <c>not_comparable</c>, <c>unmapped</c> or <c>not_in_registry</c>.</param>
/// <param name="FlagNote">Why the flag is raised, in words; null without a flag.</param>
public sealed record Insight(string Text, IReadOnlyList<int> References, string? Item, string? Flag, string? FlagNote);
