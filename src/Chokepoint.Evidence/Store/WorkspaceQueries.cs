using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Tagging;
using Chokepoint.Evidence.Text;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Evidence.Store;

/// <summary>Reads of the workspace: documents, claims, events and full-text search.</summary>
public sealed partial class Workspace
{
    /// <summary>Stored documents in id order; only those tagged <paramref name="industry"/> when given.</summary>
    public IReadOnlyList<StoredDocument> Documents(string? industry = null)
    {
        var industries = IndustriesByDocument();
        using var cmd = _db.CreateCommand();
        cmd.CommandText =
            "SELECT d.id, d.file, d.title, d.kind, d.bytes, length(d.body), d.reference_year, d.concepts, d.ingested_at, " +
            "(SELECT count(*) FROM claims c WHERE c.document_id = d.id), (SELECT count(*) FROM events e WHERE e.document_id = d.id) " +
            "FROM documents d WHERE $i IS NULL OR EXISTS (SELECT 1 FROM industries x WHERE x.document_id = d.id AND x.industry = $i) ORDER BY d.id";
        cmd.Parameters.AddWithValue("$i", (object?)industry ?? DBNull.Value);
        using var r = cmd.ExecuteReader();
        var result = new List<StoredDocument>();
        while (r.Read())
        {
            var id = r.GetInt64(0);
            result.Add(new StoredDocument(id, r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetInt32(5),
                r.IsDBNull(6) ? null : r.GetInt32(6), industries.TryGetValue(id, out var tags) ? tags : [], Split(r.GetString(7)),
                r.GetInt32(9), r.GetInt32(10), r.GetString(8)));
        }
        return result;
    }

    /// <summary>The document with id <paramref name="id"/>, or null.</summary>
    public StoredDocument? Document(long id) => Documents().FirstOrDefault(d => d.Id == id);

    /// <summary>The extracted text of document <paramref name="id"/>, or null.</summary>
    public string? Body(long id)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT body FROM documents WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>Stored share claims in document and sentence order; of one document when given.</summary>
    public IReadOnlyList<StoredClaim> Claims(long? documentId = null)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText =
            "SELECT c.document_id, d.file, c.start_offset, c.end_offset, c.country, c.subject, c.stage, c.value_pct, c.qualifier, c.year, c.concepts " +
            "FROM claims c JOIN documents d ON d.id = c.document_id WHERE $d IS NULL OR c.document_id = $d ORDER BY c.document_id, c.id";
        cmd.Parameters.AddWithValue("$d", (object?)documentId ?? DBNull.Value);
        using var r = cmd.ExecuteReader();
        var result = new List<StoredClaim>();
        var sentences = new SentenceReader(this);
        while (r.Read())
        {
            var (start, end) = (r.GetInt32(2), r.GetInt32(3));
            var claim = new ShareClaim(r.GetString(4), r.GetString(5), NullableString(r, 6), r.GetDouble(7), NullableString(r, 8),
                r.IsDBNull(9) ? null : r.GetInt32(9), start, end, sentences.Read(r.GetInt64(0), start, end), Split(r.GetString(10)));
            result.Add(new StoredClaim(r.GetInt64(0), r.GetString(1), claim));
        }
        return result;
    }

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

    internal Dictionary<long, List<IndustryTag>> IndustriesByDocument()
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT document_id, industry, hits, terms FROM industries ORDER BY document_id, hits DESC, industry";
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

    // Sentences are read back from the document body by their offsets; rows come in document order, so
    // each body is loaded once.
    private sealed class SentenceReader(Workspace workspace)
    {
        private long _document = -1;
        private string _body = "";

        public string Read(long document, int start, int end)
        {
            if (document != _document)
            {
                _body = workspace.Body(document) ?? "";
                _document = document;
            }
            start = Math.Clamp(start, 0, _body.Length);
            return _body[start..Math.Clamp(end, start, _body.Length)];
        }
    }

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
