namespace Chokepoint.Evidence.Store;

/// <summary>One page of search hits, best first.</summary>
/// <param name="Hits">The hits of this page.</param>
/// <param name="Total">How many documents match the query and filters.</param>
/// <param name="Offset">Hits skipped before this page.</param>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, int Offset);
