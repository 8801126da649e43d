namespace Chokepoint.Evidence.Store;

/// <summary>
/// A full-text search with its filters and bounds. Filters combine with AND; a null filter does not
/// filter. Dates are YYYY, YYYY-MM or YYYY-MM-DD and match a document holding a control event dated
/// within [<see cref="From"/>, <see cref="To"/>] (a partial event date matches when its period overlaps).
/// </summary>
/// <param name="Query">FTS5 query (words, "phrases", AND/OR/NOT, NEAR, prefix*), at most 500 characters and 32 terms.</param>
/// <param name="Industry">Industry id the document is tagged with.</param>
/// <param name="Concepts">Concept ids of which the document names at least one (an item's concepts).</param>
/// <param name="Issuer">ISO3 of the issuer of a control event in the document.</param>
/// <param name="From">Earliest event date, inclusive.</param>
/// <param name="To">Latest event date, inclusive.</param>
/// <param name="Limit">Hits on this page, 1–1000.</param>
/// <param name="Offset">Hits skipped before this page, 0 or more.</param>
public sealed record SearchRequest(
    string Query, string? Industry = null, IReadOnlyList<string>? Concepts = null, string? Issuer = null,
    string? From = null, string? To = null, int Limit = 20, int Offset = 0)
{
    /// <summary>Default time budget of one search (ranking, counting and snippets together).</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(5);

    /// <summary>Wall-clock budget; past it the search stops with <see cref="QueryBudgetException"/>.</summary>
    public TimeSpan Budget { get; init; } = DefaultBudget;

    /// <summary>True when <paramref name="text"/> is a date filter: YYYY, YYYY-MM or YYYY-MM-DD, a real date.</summary>
    public static bool IsDate(string text) =>
        text is { Length: 4 or 7 or 10 } && DateOnly.TryParseExact(text.Length switch { 4 => text + "-01-01", 7 => text + "-01", _ => text }, "yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
}
