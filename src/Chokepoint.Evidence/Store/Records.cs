using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Tagging;

namespace Chokepoint.Evidence.Store;

/// <summary>What happened to one file given to <see cref="Workspace.Ingest"/>.</summary>
public enum IngestStatus
{
    /// <summary>Stored as a new document.</summary>
    Stored,
    /// <summary>The same content (by SHA-256) is already stored.</summary>
    Duplicate,
    /// <summary>Refused by a guard (binary, empty, not UTF-8, too large, no text).</summary>
    Skipped,
}

/// <summary>The outcome of ingesting one file.</summary>
/// <param name="DocumentId">The stored (or already present) document id; 0 when skipped.</param>
/// <param name="Reason">One-line reason when skipped.</param>
public sealed record IngestResult(
    string File, IngestStatus Status, long DocumentId, string? Reason, string? Title,
    IReadOnlyList<IndustryTag> Industries, int Claims, int Events);

/// <summary>A stored document, without its body.</summary>
/// <param name="Chars">Length of the extracted text, in UTF-16 code units.</param>
/// <param name="Concepts">Concept ids named in the document.</param>
public sealed record StoredDocument(
    long Id, string File, string Title, string Kind, long Bytes, int Chars, int? ReferenceYear,
    IReadOnlyList<IndustryTag> Industries, IReadOnlyList<string> Concepts, int Claims, int Events, string IngestedAt);

/// <summary>A share claim as stored, with the document it came from.</summary>
public sealed record StoredClaim(long DocumentId, string Document, ShareClaim Claim);

/// <summary>A control event as stored, with the document it came from.</summary>
public sealed record StoredEvent(long DocumentId, string Document, ControlEvent Event);

/// <summary>A search result.</summary>
/// <param name="Rank">bm25 score; lower is better.</param>
/// <param name="Snippet">An excerpt with matches between « and ».</param>
public sealed record SearchHit(long DocumentId, string Document, string Title, double Rank, string Snippet, IReadOnlyList<string> Industries)
{
    /// <summary>Rank turned into a relevance in 0–1 (higher is better): r / (1 + r) of the bm25 score r = −Rank. Order is kept.</summary>
    public double Relevance => Rank >= 0 ? 0 : -Rank / (1 - Rank);
}
