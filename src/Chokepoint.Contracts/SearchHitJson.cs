using Chokepoint.Evidence.Store;

namespace Chokepoint.Contracts;

/// <summary>A search result (search).</summary>
/// <param name="Rank">bm25 score; lower is better.</param>
/// <param name="Snippet">An excerpt with the matches between « and ».</param>
public sealed record SearchHitJson(long DocumentId, string Document, string Title, double Rank, string Snippet, IReadOnlyList<string> Industries)
{
    /// <summary>The contract of a hit.</summary>
    public static SearchHitJson Of(SearchHit h)
    {
        ArgumentNullException.ThrowIfNull(h);
        return new(h.DocumentId, h.Document, h.Title, h.Rank, h.Snippet, h.Industries);
    }
}
