using System.Globalization;
using Chokepoint.Evidence.Extraction;
using Chokepoint.Evidence.Text;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Evidence.Store;

/// <summary>
/// Bounded reads of the workspace: a page of documents, and claims streamed row by row so a caller can
/// filter and page half a million of them holding one document body and one page in memory.
/// </summary>
public sealed partial class Workspace
{
    /// <summary>A page of the documents in id order (only those tagged <paramref name="industry"/> when given), with the total.</summary>
    /// <param name="limit">Rows on the page, 1–<see cref="PageLimits.MaxLimit"/>.</param>
    /// <param name="offset">Rows skipped, 0–<see cref="PageLimits.MaxOffset"/>.</param>
    public Page<StoredDocument> DocumentPage(string? industry, int limit, int offset)
    {
        CheckPage(limit, offset);
        using var count = _db.CreateCommand();
        count.CommandText = "SELECT count(*) FROM documents d WHERE $i IS NULL OR EXISTS (SELECT 1 FROM industries x WHERE x.document_id = d.id AND x.industry = $i)";
        count.Parameters.AddWithValue("$i", (object?)industry ?? DBNull.Value);
        var total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        return new Page<StoredDocument>(ReadDocuments(industry, null, limit, offset), total, offset);
    }

    /// <summary>How many share claims are stored; of one document when given.</summary>
    public int ClaimCount(long? documentId = null)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM claims WHERE $d IS NULL OR document_id = $d";
        cmd.Parameters.AddWithValue("$d", (object?)documentId ?? DBNull.Value);
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Stored share claims in document and sentence order, read one row at a time (enumerate while the
    /// workspace is open); of one document when given; skipping <paramref name="skip"/> rows and stopping
    /// after <paramref name="take"/> when given. A claim of a PDF carries its page.
    /// </summary>
    public IEnumerable<StoredClaim> EachClaim(long? documentId = null, int skip = 0, int? take = null)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = ClaimSelect + "FROM claims c JOIN documents d ON d.id = c.document_id WHERE $d IS NULL OR c.document_id = $d ORDER BY c.document_id, c.id LIMIT $take OFFSET $skip";
        cmd.Parameters.AddWithValue("$d", (object?)documentId ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$take", take ?? -1);
        cmd.Parameters.AddWithValue("$skip", Math.Max(0, skip));
        foreach (var claim in ReadClaims(cmd)) yield return claim;
    }

    // The columns ReadClaims expects, from claims c joined with documents d.
    private const string ClaimSelect =
        "SELECT c.document_id, d.file, c.start_offset, c.end_offset, c.country, c.subject, c.stage, c.value_pct, c.qualifier, c.year, c.concepts, d.kind, c.id ";

    // Claims from a command selecting ClaimSelect's columns in document order (each body is then read once).
    private IEnumerable<StoredClaim> ReadClaims(SqliteCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var sentences = new SentenceReader(this);
        while (r.Read())
        {
            var (document, start, end) = (r.GetInt64(0), r.GetInt32(2), r.GetInt32(3));
            var claim = new ShareClaim(r.GetString(4), r.GetString(5), NullableString(r, 6), r.GetDouble(7), NullableString(r, 8),
                r.IsDBNull(9) ? null : r.GetInt32(9), start, end, sentences.Read(document, start, end), Split(r.GetString(10)));
            yield return new StoredClaim(document, r.GetString(1), claim) { Page = r.GetString(11) == "pdf" ? sentences.PageOf(start) : null, Id = r.GetInt64(12) };
        }
    }

    private static void CheckPage(int limit, int offset)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, PageLimits.MaxLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, PageLimits.MaxOffset);
    }

    // Sentences are read back from the document body by their offsets; rows come in document order, so
    // each body is loaded once, and its page breaks are found once so a page is a binary search.
    private sealed class SentenceReader(Workspace workspace)
    {
        private long _document = -1;
        private string _body = "";
        private List<int>? _breaks;

        public string Read(long document, int start, int end)
        {
            if (document != _document)
            {
                _body = workspace.Body(document) ?? "";
                _document = document;
                _breaks = null;
            }
            start = Math.Clamp(start, 0, _body.Length);
            return _body[start..Math.Clamp(end, start, _body.Length)];
        }

        // The 1-based page of an offset into the current body (PdfText.PageOf without rescanning the body per claim).
        public int PageOf(int offset)
        {
            if (_breaks is null)
            {
                _breaks = [];
                for (var i = _body.IndexOf(PdfText.PageBreak, StringComparison.Ordinal); i >= 0; i = _body.IndexOf(PdfText.PageBreak, i + 1))
                    _breaks.Add(i);
            }
            var at = _breaks.BinarySearch(Math.Clamp(offset, 0, _body.Length));
            return 1 + (at >= 0 ? at : ~at);
        }
    }
}
