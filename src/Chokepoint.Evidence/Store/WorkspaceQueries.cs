using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Tagging;
using Chokepoint.Evidence.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Evidence.Store;

/// <summary>Reads of the workspace: documents, claims, events and full-text search.</summary>
public sealed partial class Workspace
{
    // Columns by name (Dapper maps them onto DocumentRow), shared by the list and the one-row read.
    private const string DocumentSelect =
        "SELECT d.id AS Id, d.file AS File, d.title AS Title, d.kind AS Kind, d.bytes AS Bytes, length(d.body) AS Chars, d.reference_year AS ReferenceYear, " +
        "d.concepts AS Concepts, d.ingested_at AS IngestedAt, " +
        "(SELECT count(*) FROM claims c WHERE c.document_id = d.id) AS Claims, (SELECT count(*) FROM events e WHERE e.document_id = d.id) AS Events FROM documents d ";

    /// <summary>Stored documents in id order; only those tagged <paramref name="industry"/> when given.</summary>
    public IReadOnlyList<StoredDocument> Documents(string? industry = null) => ReadDocuments(industry, null, -1, 0);

    /// <summary>The document with id <paramref name="id"/>, or null.</summary>
    public StoredDocument? Document(long id) => ReadDocuments(null, id, 1, 0) is [var d] ? d : null;

    private List<StoredDocument> ReadDocuments(string? industry, long? id, int limit, int offset)
    {
        var rows = _db.Query<DocumentRow>(DocumentSelect +
                "WHERE (@id IS NULL OR d.id = @id) AND (@industry IS NULL OR EXISTS (SELECT 1 FROM industries x WHERE x.document_id = d.id AND x.industry = @industry)) " +
                "ORDER BY d.id LIMIT @limit OFFSET @offset",
                new { id, industry, limit, offset }).AsList();
        if (rows.Count == 0) return [];
        var industries = IndustriesByDocument(rows[0].Id, rows[^1].Id);
        return rows.Select(r => r.ToDocument(industries)).ToList();
    }

    /// <summary>The extracted text of document <paramref name="id"/>, or null.</summary>
    public string? Body(long id)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT body FROM documents WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>Stored share claims in document and sentence order; of one document when given. Unbounded: lists use <see cref="EachClaim"/>.</summary>
    public IReadOnlyList<StoredClaim> Claims(long? documentId = null) => EachClaim(documentId).ToList();

    /// <summary>Stored control events in document and sentence order; of one document when given.</summary>
    public IReadOnlyList<StoredEvent> Events(long? documentId = null)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText =
            "SELECT e.document_id, d.file, e.start_offset, e.end_offset, e.issuer, e.kind, e.concepts, e.date_text, e.date " +
            "FROM events e JOIN documents d ON d.id = e.document_id WHERE $d IS NULL OR e.document_id = $d ORDER BY e.document_id, e.id";
        cmd.Parameters.AddWithValue("$d", (object?)documentId ?? DBNull.Value);
        using var r = cmd.ExecuteReader();
        var result = new List<StoredEvent>();
        var sentences = new SentenceReader(this);
        while (r.Read())
        {
            var (start, end) = (r.GetInt32(2), r.GetInt32(3));
            var e = new ControlEvent(NullableString(r, 4), r.GetString(5), Split(r.GetString(6)), NullableString(r, 7), NullableString(r, 8),
                start, end, sentences.Read(r.GetInt64(0), start, end));
            result.Add(new StoredEvent(r.GetInt64(0), r.GetString(1), e));
        }
        return result;
    }

    internal Dictionary<long, List<IndustryTag>> IndustriesByDocument(long first = long.MinValue, long last = long.MaxValue)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT document_id, industry, hits, terms FROM industries WHERE document_id BETWEEN $first AND $last ORDER BY document_id, hits DESC, industry";
        cmd.Parameters.AddWithValue("$first", first);
        cmd.Parameters.AddWithValue("$last", last);
        using var r = cmd.ExecuteReader();
        var result = new Dictionary<long, List<IndustryTag>>();
        while (r.Read())
        {
            var id = r.GetInt64(0);
            if (!result.TryGetValue(id, out var list)) result[id] = list = [];
            list.Add(new IndustryTag(r.GetString(1), r.GetInt32(2), Split(r.GetString(3))));
        }
        return result;
    }

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
