namespace Chokepoint.Evidence.Store;

/// <summary>A claim's status, item and industry as worked out against one dataset; stored so lists can be filtered by them.</summary>
/// <param name="Status">How the claim compares with the dataset (agrees, conflicts, new, …).</param>
/// <param name="Item">The dataset item the claim maps to, or null.</param>
/// <param name="Industry">The industry of the item or of the claim's concepts ("other" when none).</param>
public readonly record struct ClaimLabel(string Status, string? Item, string Industry);
