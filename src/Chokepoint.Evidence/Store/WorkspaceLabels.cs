using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Chokepoint.Evidence.Store;

/// <summary>
/// Claim labels (status, item, industry) stored per claim with the fingerprint of the dataset they were worked out
/// against, so a list filtered by them reads only its own rows instead of every claim. Labels are written lazily: a
/// reader that finds claims without a label for its fingerprint labels them in batches, each in one short write
/// transaction; a label is written only while its claim row still holds the claim it was worked out for.
/// </summary>
public sealed partial class Workspace
{
    /// <summary>Claims labelled per write transaction (a few tenths of a second of work; the write lock is held only to store them).</summary>
    private const int LabelBatch = 2000;

    /// <summary>
    /// Opens an existing workspace of the current schema for reading only (no migration): every write fails as on a
    /// read-only file, which root's file permissions cannot show.
    /// </summary>
    internal static Workspace OpenReadOnly(string path, TimeProvider? clock = null)
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        db.Open();
        db.CreateFunction("cjk_spaced", (string? text) => text is null ? null : Text.Cjk.Spaced(text), isDeterministic: true);
        return new Workspace(db, path, clock ?? TimeProvider.System);
    }

    /// <summary>True when every stored claim has a label worked out against <paramref name="fingerprint"/>.</summary>
    public bool LabelsComplete(string fingerprint)
    {
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        // Labels cascade with their claims and are unique per claim, so equal counts mean every claim has one.
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT (SELECT count(*) FROM claims) = (SELECT count(*) FROM claim_labels WHERE fingerprint = $f)";
        cmd.Parameters.AddWithValue("$f", fingerprint);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>
    /// Labels every claim that has no label for <paramref name="fingerprint"/> (a label for another replaced), calling
    /// <paramref name="label"/> once per such claim. Returns false, leaving the labels it could not write absent, when
    /// the workspace cannot be written (read-only, or another process holds the write lock past the busy timeout); the
    /// caller then reads without labels. Checks <paramref name="cancel"/> between batches; written batches stay.
    /// </summary>
    public bool TryLabelClaims(string fingerprint, Func<StoredClaim, ClaimLabel> label, CancellationToken cancel = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        ArgumentNullException.ThrowIfNull(label);
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            List<(StoredClaim Claim, ClaimLabel Label)> batch;
            using (var cmd = _db.CreateCommand())
            {
                cmd.CommandText = ClaimSelect + "FROM claims c JOIN documents d ON d.id = c.document_id " +
                    "WHERE NOT EXISTS (SELECT 1 FROM claim_labels l WHERE l.claim_id = c.id AND l.fingerprint = $f) ORDER BY c.document_id, c.id LIMIT $n";
                cmd.Parameters.AddWithValue("$f", fingerprint);
                cmd.Parameters.AddWithValue("$n", LabelBatch);
                batch = ReadClaims(cmd).Select(c => (c, label(c))).ToList();
            }
            if (batch.Count == 0) return true;
            cancel.ThrowIfCancellationRequested();
            try
            {
                if (!WriteLabels(fingerprint, batch)) return false;
            }
            catch (SqliteException ex) when ((ex.SqliteErrorCode & 0xff) is 5 or 6 || IsAccess(ex))
            {
                return false;
            }
        }
    }

    // One batch in one write transaction; false when no row was written (every claim changed since it was read).
    private bool WriteLabels(string fingerprint, List<(StoredClaim Claim, ClaimLabel Label)> batch)
    {
        using var tx = _db.BeginTransaction(deferred: false);
        var before = raw.sqlite3_total_changes(_db.Handle);
        using (var ins = new RowInserter(_db,
            "INSERT OR REPLACE INTO claim_labels(claim_id, fingerprint, document_id, status, item, industry) SELECT ?1, ?2, ?3, ?4, ?5, ?6 " +
            "WHERE EXISTS (SELECT 1 FROM claims WHERE id = ?1 AND document_id = ?3 AND start_offset = ?7 AND end_offset = ?8)"))
        {
            foreach (var (c, l) in batch)
                ins.Int(1, c.Id).Text(2, fingerprint).Int(3, c.DocumentId).Text(4, l.Status).Text(5, l.Item).Text(6, l.Industry)
                    .Int(7, c.Claim.Start).Int(8, c.Claim.End).Run();
        }
        var written = raw.sqlite3_total_changes(_db.Handle) - before;
        tx.Commit();
        return written > 0;
    }

    /// <summary>
    /// A page of the claims labelled against the filter's fingerprint that pass it, in document and claim order, with the
    /// total; reads only the matching rows (through an index on fingerprint and status, item, industry or document).
    /// Claims not labelled for that fingerprint are absent: call <see cref="TryLabelClaims"/> first.
    /// </summary>
    /// <param name="limit">Rows on the page, 1–<see cref="PageLimits.MaxLimit"/>.</param>
    /// <param name="offset">Rows skipped, 0–<see cref="PageLimits.MaxOffset"/>.</param>
    public Page<StoredClaim> LabelledClaims(LabelFilter filter, int limit, int offset)
    {
        ArgumentNullException.ThrowIfNull(filter);
        CheckPage(limit, offset);
        int total;
        using (var count = _db.CreateCommand())
        {
            count.CommandText = "SELECT count(*) FROM claim_labels l " + (filter.Country is null ? "" : "JOIN claims c ON c.id = l.claim_id ") + Where(count, filter);
            total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        using var cmd = _db.CreateCommand();
        cmd.CommandText = ClaimSelect + "FROM claim_labels l JOIN claims c ON c.id = l.claim_id JOIN documents d ON d.id = c.document_id " +
            Where(cmd, filter) + "ORDER BY l.document_id, l.claim_id LIMIT $take OFFSET $skip";
        cmd.Parameters.AddWithValue("$take", limit);
        cmd.Parameters.AddWithValue("$skip", offset);
        return new Page<StoredClaim>(ReadClaims(cmd).ToList(), total, offset);
    }

    /// <summary>How many claims labelled against the filter's fingerprint pass it, per status.</summary>
    public IReadOnlyDictionary<string, int> LabelCounts(LabelFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT l.status, count(*) FROM claim_labels l " + (filter.Country is null ? "" : "JOIN claims c ON c.id = l.claim_id ") +
            Where(cmd, filter) + "GROUP BY l.status";
        using var r = cmd.ExecuteReader();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (r.Read()) counts[r.GetString(0)] = r.GetInt32(1);
        return counts;
    }

    // Only the conditions that filter, each an equality the indexes serve (an "x IS NULL OR" form would keep SQLite from using them).
    private static string Where(SqliteCommand cmd, LabelFilter f)
    {
        var sql = new StringBuilder("WHERE l.fingerprint = $f ");
        cmd.Parameters.AddWithValue("$f", f.Fingerprint);
        void And(string condition, string name, object? value)
        {
            if (value is null) return;
            sql.Append("AND ").Append(condition).Append(' ');
            cmd.Parameters.AddWithValue(name, value);
        }
        And("l.document_id = $d", "$d", f.DocumentId);
        And("l.status = $s", "$s", f.Status);
        And("l.item = $i", "$i", f.Item);
        And("l.industry = $n", "$n", f.Industry);
        And("c.country = $c", "$c", f.Country);
        return sql.ToString();
    }
}
