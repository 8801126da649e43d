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
public sealed record StoredClaim(long DocumentId, string Document, ShareClaim Claim)
{
    /// <summary>The claim's row id in the workspace (0 when not read from one).</summary>
    public long Id { get; init; }

    /// <summary>1-based page of the claim's sentence in a PDF; null for other documents.</summary>
    public int? Page { get; init; }
}

/// <summary>A control event as stored, with the document it came from.</summary>
public sealed record StoredEvent(long DocumentId, string Document, ControlEvent Event);

/// <summary>A search result.</summary>
/// <param name="Rank">FTS5 bm25 value; lower (more negative) is better.</param>
/// <param name="Snippet">An excerpt around the best hit with matches between « and ».</param>
public sealed record SearchHit(long DocumentId, string Document, string Title, double Rank, string Snippet, IReadOnlyList<string> Industries)
{
    /// <summary>
    /// The bm25 relevance, higher is better (FTS5's value with its sign flipped, title weighted 5×). Near
    /// zero when every query term occurs in more than half the documents: FTS5 floors such a term's IDF at 1e-6.
    /// </summary>
    public double Score => Rank >= 0 ? 0 : -Rank;

    /// <summary>Score turned into 0–1 (higher is better): s / (1 + s). Order is kept.</summary>
    public double Relevance => Score / (1 + Score);

    /// <summary>The score as shown in tables: three significant figures, "&lt;0.001" below that.</summary>
    public string ScoreText => Score < 0.001 ? "<0.001" : Score.ToString(Score >= 100 ? "0" : "G3", System.Globalization.CultureInfo.InvariantCulture);
}
