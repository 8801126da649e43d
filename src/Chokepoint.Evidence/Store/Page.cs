namespace Chokepoint.Evidence.Store;

/// <summary>One page of a longer list: the rows shown, how many rows the whole list holds and where the page starts.</summary>
/// <param name="Items">The rows of this page, at most the page size.</param>
/// <param name="Total">How many rows match, on every page together.</param>
/// <param name="Offset">Rows skipped before this page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset)
{
    /// <summary>True when rows follow this page.</summary>
    public bool HasMore => Offset + Items.Count < Total;
}
