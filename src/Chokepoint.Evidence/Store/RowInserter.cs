using System.Buffers;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Chokepoint.Evidence.Store;

/// <summary>
/// One prepared INSERT run through SQLite's C API on the connection's own handle, so it takes part in
/// the connection's open transaction. Values bind as SqliteCommand would bind them (integers as
/// INTEGER, doubles as REAL, strings as UTF-8 TEXT, null as NULL); errors surface as
/// <see cref="SqliteException"/>. Not thread-safe.
/// </summary>
internal sealed class RowInserter : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public RowInserter(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _stmt), _db);
    }

    public RowInserter Int(int index, long value) => Check(raw.sqlite3_bind_int64(_stmt, index, value));

    public RowInserter NullableInt(int index, int? value) => value is { } v ? Int(index, (long)v) : Check(raw.sqlite3_bind_null(_stmt, index));

    public RowInserter Real(int index, double value) => Check(raw.sqlite3_bind_double(_stmt, index, value));

    // Short strings bind as UTF-16 (SQLite converts them) rather than through a fresh UTF-8 array per value;
    // an empty span would bind NULL, so "" takes the string overload.
    public RowInserter Text(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_stmt, index)
            : value.Length == 0 ? raw.sqlite3_bind_text(_stmt, index, value)
            : raw.sqlite3_bind_text16(_stmt, index, value.AsSpan()));

    /// <summary>
    /// Binds long text through a pooled UTF-8 buffer (vectorised transcoding; SQLite copies the bytes at bind
    /// time), so a long body costs no fresh allocation on the managed heap.
    /// </summary>
    public RowInserter Chars(int index, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return Text(index, "");
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(value));
        try
        {
            var length = Encoding.UTF8.GetBytes(value, buffer);
            return Check(raw.sqlite3_bind_text(_stmt, index, buffer.AsSpan(0, length)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The rowid of the last row this connection inserted.</summary>
    public long LastRowId => raw.sqlite3_last_insert_rowid(_db);

    /// <summary>Inserts the bound row and resets the statement for the next one.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(_stmt);
        raw.sqlite3_reset(_stmt);
        if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    private RowInserter Check(int rc)
    {
        SqliteException.ThrowExceptionForRC(rc, _db);
        return this;
    }

    public void Dispose() => _stmt.Dispose();
}
