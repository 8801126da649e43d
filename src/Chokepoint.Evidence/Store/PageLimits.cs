namespace Chokepoint.Evidence.Store;

/// <summary>The bounds of every paged list (documents, claims, briefs; search keeps its own default of 20): the same in the API, the pages and the CLI.</summary>
public static class PageLimits
{
    /// <summary>Rows on a page when the caller does not say.</summary>
    public const int DefaultLimit = 100;

    /// <summary>Most rows one page may hold.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Most rows a caller may skip (deeper lists are narrowed with filters instead).</summary>
    public const int MaxOffset = 10_000_000;
}
