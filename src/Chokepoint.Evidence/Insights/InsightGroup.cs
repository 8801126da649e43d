namespace Chokepoint.Evidence.Insights;

/// <summary>A group of insights under one heading (supply shares, export controls, figures the dataset cannot place).</summary>
/// <param name="Key">Stable id of the group: <c>shares</c>, <c>controls</c> or <c>unplaced</c>.</param>
public sealed record InsightGroup(string Key, string Title, IReadOnlyList<Insight> Insights);
