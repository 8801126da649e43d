using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using Chokepoint.Evidence.Text;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Evidence.Store;

/// <summary>
/// The evidence workspace: an embedded SQLite file holding documents, their industries, claims and
/// events, and an FTS5 index. The schema is created and migrated on open (PRAGMA user_version).
/// Each document is written in one transaction, so a process killed mid-ingest leaves the database
/// consistent and the half-ingested document absent. Not thread-safe: one instance per thread.
/// </summary>
public sealed partial class Workspace : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly TimeProvider _clock;

    private readonly string _path;

    private Workspace(SqliteConnection db, string path, TimeProvider clock)
    {
        _db = db;
        _path = path;
        _clock = clock;
    }

    /// <summary>Called inside the ingest transaction just before commit (tests simulate a crash here).</summary>
    internal Action<long>? BeforeCommit { get; set; }

    /// <summary>Opens (creating when absent) the workspace at <paramref name="path"/> and brings its schema up to date.</summary>
    /// <exception cref="WorkspaceException">The file is not a workspace or was written by a newer version.</exception>
    public static Workspace Open(string path, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate };
        var db = new SqliteConnection(builder.ToString());
        try
        {
            db.Open();
            // The search index's view of the text (schema 3): Chinese spaced as it was indexed.
            db.CreateFunction("cjk_spaced", (string? text) => text is null ? null : Cjk.Spaced(text), isDeterministic: true);
            // 16 KiB pages (set before the first table exists; ignored for an existing file) suit multi-megabyte bodies and the FTS index.
            Execute(db, "PRAGMA page_size = 16384; PRAGMA journal_mode = DELETE; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
            Migrate(db, path);
            return new Workspace(db, path, clock ?? TimeProvider.System);
        }
        catch (SqliteException ex) when (IsAccess(ex))
        {
            db.Dispose();
            throw new WorkspaceException($"the workspace '{path}' cannot be opened for writing: {Problem(ex)}; check the permissions of the file and its folder, or choose another with --db FILE", ex, isAccessProblem: true);
        }
        catch (SqliteException ex)
        {
            db.Dispose();
            throw new WorkspaceException($"'{Path.GetFileName(path)}' cannot be used as a workspace: {ex.Message.TrimEnd('.')} (expected a Chokepoint workspace, a SQLite file)", ex);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Brings the schema up to date. Each step reads the version inside a write transaction (BEGIN
    /// IMMEDIATE), so of two processes opening a new workspace at once one creates the schema and
    /// the other, once the lock is free, finds it there instead of failing on "table already exists".
    /// </summary>
    private static void Migrate(SqliteConnection db, string path)
    {
        while (true)
        {
            if (Version(db, null) is var current && current > Schema.Version)
                throw new WorkspaceException($"'{Path.GetFileName(path)}' was written by a newer Chokepoint (schema {current}; this version knows up to {Schema.Version})");
            else if (current == Schema.Version)
                return;
            using var tx = db.BeginTransaction(deferred: false);
            var v = Version(db, tx);
            if (v < Schema.Version)
            {
                Execute(db, Schema.Migrations[v], tx);
                Execute(db, $"PRAGMA user_version = {v + 1}", tx);
            }
            tx.Commit();
        }
    }

    private static int Version(SqliteConnection db, SqliteTransaction? tx) =>
        Convert.ToInt32(Scalar(db, "PRAGMA user_version", tx), CultureInfo.InvariantCulture);

    /// <summary>Schema version of the open workspace.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar(_db, "PRAGMA user_version"), CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads, analyses and stores one file given as bytes. Refused files come back as
    /// <see cref="IngestStatus.Skipped"/> with a reason; content already stored (same SHA-256) as
    /// <see cref="IngestStatus.Duplicate"/>.
    /// </summary>
    public IngestResult Ingest(string fileName, ReadOnlySpan<byte> bytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var existing = Scalar(_db, "SELECT id FROM documents WHERE hash = $h", null, ("$h", hash));
        if (existing is long id)
            return new IngestResult(fileName, IngestStatus.Duplicate, id, null, null, [], 0, 0);
        var read = DocumentReader.Read(fileName, bytes);
        if (read.Text is not { } text)
            return new IngestResult(fileName, IngestStatus.Skipped, 0, read.SkipReason, null, [], 0, 0);
        var analysis = DocumentAnalyzer.Analyze(text);
        try
        {
            var (newId, stored) = Store(fileName, bytes.Length, hash, text, analysis);
            return stored
                ? new IngestResult(fileName, IngestStatus.Stored, newId, null, text.Title, analysis.Industries, analysis.Claims.Count, analysis.Events.Count)
                : new IngestResult(fileName, IngestStatus.Duplicate, newId, null, null, [], 0, 0);
        }
        catch (SqliteException ex)
        {
            throw new WorkspaceException($"cannot store '{fileName}' in the workspace '{_path}': {Problem(ex)}", ex, IsAccess(ex));
        }
    }

    /// <summary>
    /// Writes one document in one write transaction. The hash is checked again inside it: another
    /// process may have stored the same content since the check before analysis, and that is
    /// "unchanged", not a failed run. Returns the document's id and whether this call stored it.
    /// </summary>
    private (long Id, bool Stored) Store(string fileName, long bytes, string hash, ExtractedText text, DocumentAnalysis a)
    {
        using var tx = _db.BeginTransaction(deferred: false);
        if (Scalar(_db, "SELECT id FROM documents WHERE hash = $h", tx, ("$h", hash)) is long existing) return (existing, false);
        // Every row goes through SQLite's C API with one prepared statement per table, without the per-row
        // overhead of SqliteCommand (parameter lookup, boxing; claim-dense documents have tens of thousands),
        // and long text is bound through pooled buffers (no fresh 10 MB copies on the managed heap).
        long id;
        using (var ins = new RowInserter(_db,
            "INSERT INTO documents(hash, file, title, kind, bytes, body, reference_year, concepts, ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"))
        {
            ins.Text(1, hash).Text(2, fileName).Text(3, text.Title).Text(4, text.Kind.ToString().ToLowerInvariant()).Int(5, bytes)
                .Chars(6, text.Body).NullableInt(7, a.ReferenceYear).Text(8, Join(a.Concepts))
                .Text(9, _clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Run();
            id = ins.LastRowId;
        }
        using (var ins = new RowInserter(_db, "INSERT INTO documents_fts(rowid, title, body) VALUES (?1, ?2, ?3)"))
        {
            ins.Int(1, id).Text(2, Cjk.Spaced(text.Title));
            if (!Cjk.HasCjk(text.Body))
            {
                ins.Chars(3, text.Body).Run();
            }
            else
            {
                // The spaced copy of a large body is written into a pooled buffer instead of a fresh string.
                var (buffer, length) = Cjk.SpacedInto(text.Body, ArrayPool<char>.Shared);
                try
                {
                    ins.Chars(3, buffer.AsSpan(0, length)).Run();
                }
                finally
                {
                    ArrayPool<char>.Shared.Return(buffer);
                }
            }
        }
        using (var ins = new RowInserter(_db, "INSERT INTO industries(document_id, industry, hits, terms) VALUES (?1, ?2, ?3, ?4)"))
        {
            foreach (var tag in a.Industries)
                ins.Int(1, id).Text(2, tag.Industry).Int(3, tag.Hits).Text(4, Join(tag.Terms)).Run();
        }
        using (var ins = new RowInserter(_db,
            "INSERT INTO claims(document_id, start_offset, end_offset, country, subject, stage, value_pct, qualifier, year, concepts) " +
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"))
        {
            foreach (var c in a.Claims)
                ins.Int(1, id).Int(2, c.Start).Int(3, c.End).Text(4, c.Country).Text(5, c.Subject).Text(6, c.Stage)
                    .Real(7, c.ValuePct).Text(8, c.Qualifier).NullableInt(9, c.Year).Text(10, Join(c.Concepts)).Run();
        }
        using (var ins = new RowInserter(_db,
            "INSERT INTO events(document_id, start_offset, end_offset, issuer, kind, concepts, date_text, date) " +
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))
        {
            foreach (var e in a.Events)
                ins.Int(1, id).Int(2, e.Start).Int(3, e.End).Text(4, e.Issuer).Text(5, e.Kind).Text(6, Join(e.Concepts))
                    .Text(7, e.DateText).Text(8, e.Date).Run();
        }
        BeforeCommit?.Invoke(id);
        tx.Commit();
        return (id, true);
    }

    /// <inheritdoc/>
    public void Dispose() => _db.Dispose();

    /// <summary>SQLITE_READONLY (8), SQLITE_CANTOPEN (14) and SQLITE_PERM (3): the path, not the content, is the problem.</summary>
    private static bool IsAccess(SqliteException ex) => (ex.SqliteErrorCode & 0xff) is 3 or 8 or 14;

    private static string Problem(SqliteException ex)
    {
        var m = ex.Message;
        var colon = m.IndexOf(": ", StringComparison.Ordinal);
        m = (m.StartsWith("SQLite Error", StringComparison.Ordinal) && colon >= 0 ? m[(colon + 2)..] : m).Trim().TrimEnd('.').Trim('\'');
        return (ex.SqliteErrorCode & 0xff) == 8 ? $"{m} (the file or its folder is read-only)" : m;
    }

    internal static string Join(IEnumerable<string> values) => string.Join("|", values);

    internal static IReadOnlyList<string> Split(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split('|');

    private static void Execute(SqliteConnection db, string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] args)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection db, string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] args)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        return cmd.ExecuteScalar();
    }
}
