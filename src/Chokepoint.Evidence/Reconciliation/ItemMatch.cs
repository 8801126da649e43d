namespace Chokepoint.Evidence.Reconciliation;

/// <summary>What a text's words name in the dataset: one item, or none with the items it could mean.</summary>
/// <param name="Item">The item the words name, or null when they name none or several equally well.</param>
/// <param name="Candidates">When <paramref name="Item"/> is null: the items the words could mean (empty when they name no item); else empty.</param>
/// <param name="Reason">Why, in words: the name or alias that decided, or what left the mapping open.</param>
public sealed record ItemMatch(string? Item, IReadOnlyList<string> Candidates, string Reason)
{
    /// <summary>True when several items fit and the text does not say which.</summary>
    public bool IsAmbiguous => Item is null && Candidates.Count > 1;
}
