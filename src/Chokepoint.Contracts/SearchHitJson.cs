using Chokepoint.Evidence.Store;

namespace Chokepoint.Contracts;

/// <summary>A search result (search).</summary>
/// <param name="Rank">FTS5 bm25 value; lower is better.</param>
/// <param name="Score">bm25 relevance, higher is better (−rank).</param>
/// <param name="Snippet">An excerpt around the best hit with the matches between « and ».</param>
public sealed record SearchHitJson(long DocumentId, string Document, string Title, double Rank, double Score, string Snippet, IReadOnlyList<string> Industries)
{
    /// <summary>The contract of a hit.</summary>
    public static SearchHitJson Of(SearchHit h)
    {
        ArgumentNullException.ThrowIfNull(h);
        return new(h.DocumentId, h.Document, h.Title, h.Rank, h.Score, h.Snippet, h.Industries);
    }
}
