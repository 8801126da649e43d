using System.Globalization;
using Chokepoint.Evidence.Store;
using Chokepoint.Model;
using Microsoft.Data.Sqlite;

namespace Chokepoint.Evidence.Licences;

/// <summary>
/// Licence applications, and the saved column mappings of parts lists (profiles), kept in the workspace database beside
/// the evidence. The tables have their own migration list, versioned in <c>component_schema</c> under the name
/// "licences", so they evolve without touching the evidence schema.
/// Each write is one statement (atomic). Not thread-safe: one instance per thread.
/// </summary>
public sealed class LicenceStore : IDisposable
{
    private const string Component = "licences";

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE licence_applications(
            id INTEGER PRIMARY KEY,
            item TEXT NOT NULL,
            code TEXT,
            quantity REAL,
            destination TEXT NOT NULL,
            end_user TEXT,
            filed TEXT NOT NULL,
            status TEXT NOT NULL,
            stock_days REAL,
            stock_from TEXT,
            updated_at TEXT NOT NULL);
        """,
        """
        CREATE TABLE parts_profiles(
            name TEXT PRIMARY KEY,
            map TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        """,
    ];

    private readonly SqliteConnection _db;
    private readonly TimeProvider _clock;

    private LicenceStore(SqliteConnection db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    /// <summary>Opens the workspace at <paramref name="path"/> (creating it when absent) and brings the licence table up to date.</summary>
    /// <exception cref="WorkspaceException">The file is not a workspace or cannot be written.</exception>
    public static LicenceStore Open(string path, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        // The evidence workspace checks and migrates the file first: the licences live in the same database.
        Workspace.Open(path, clock).Dispose();
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            db.Open();
            Migrate(db);
            return new LicenceStore(db, clock ?? TimeProvider.System);
        }
        catch (SqliteException ex)
        {
            db.Dispose();
            throw new WorkspaceException($"the licence table of '{Path.GetFileName(path)}' cannot be prepared: {ex.Message.TrimEnd('.')}", ex);
        }
    }

    private static void Migrate(SqliteConnection db)
    {
        using var tx = db.BeginTransaction(deferred: false);
        Run(db, tx, "CREATE TABLE IF NOT EXISTS component_schema(component TEXT PRIMARY KEY, version INTEGER NOT NULL)");
        using var read = Command(db, tx, "SELECT version FROM component_schema WHERE component = $c", ("$c", Component));
        var version = read.ExecuteScalar() is long v ? (int)v : 0;
        if (version > Migrations.Length)
            throw new WorkspaceException($"the workspace's licence table was written by a newer Chokepoint (version {version}; this one knows {Migrations.Length})");
        for (var i = version; i < Migrations.Length; i++) Run(db, tx, Migrations[i]);
        using var write = Command(db, tx, "INSERT INTO component_schema(component, version) VALUES ($c, $v) ON CONFLICT(component) DO UPDATE SET version = $v",
            ("$c", Component), ("$v", Migrations.Length));
        write.ExecuteNonQuery();
        tx.Commit();
    }

    /// <summary>Stores <paramref name="a"/> and returns it with its new id.</summary>
    public LicenceApplication Add(LicenceApplication a)
    {
        ArgumentNullException.ThrowIfNull(a);
        using var cmd = Command(_db, null,
            "INSERT INTO licence_applications(item, code, quantity, destination, end_user, filed, status, stock_days, stock_from, updated_at) " +
            "VALUES ($item, $code, $q, $dest, $eu, $filed, $status, $sd, $sf, $now) RETURNING id",
            ("$item", a.Item), ("$code", a.Code), ("$q", a.Quantity), ("$dest", a.Destination), ("$eu", a.EndUser),
            ("$filed", Iso(a.Filed)), ("$status", a.Status), ("$sd", a.StockDays), ("$sf", a.StockFrom is { } f ? Iso(f) : null), ("$now", Now()));
        return a with { Id = (long)cmd.ExecuteScalar()! };
    }

    /// <summary>Every application, by id.</summary>
    public IReadOnlyList<LicenceApplication> List()
    {
        using var cmd = Command(_db, null, "SELECT id, item, code, quantity, destination, end_user, filed, status, stock_days, stock_from FROM licence_applications ORDER BY id");
        using var r = cmd.ExecuteReader();
        var result = new List<LicenceApplication>();
        while (r.Read())
            result.Add(new LicenceApplication(r.GetInt64(0), r.GetString(1), r.GetString(4), Date(r.GetString(6)), r.GetString(7))
            {
                Code = r.IsDBNull(2) ? null : r.GetString(2),
                Quantity = r.IsDBNull(3) ? null : r.GetDouble(3),
                EndUser = r.IsDBNull(5) ? null : r.GetString(5),
                StockDays = r.IsDBNull(8) ? null : r.GetDouble(8),
                StockFrom = r.IsDBNull(9) ? null : Date(r.GetString(9)),
            });
        return result;
    }

    /// <summary>Sets the status of application <paramref name="id"/>; false when there is no such application.</summary>
    public bool UpdateStatus(long id, string status)
    {
        using var cmd = Command(_db, null, "UPDATE licence_applications SET status = $s, updated_at = $now WHERE id = $id", ("$s", status), ("$now", Now()), ("$id", id));
        return cmd.ExecuteNonQuery() == 1;
    }

    /// <summary>Saves (or replaces) the mapping profile <paramref name="name"/>: FIELD=HEADER pairs as given to --map.</summary>
    public void SaveProfile(string name, string map)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(map);
        using var cmd = Command(_db, null, "INSERT INTO parts_profiles(name, map, updated_at) VALUES ($n, $m, $now) ON CONFLICT(name) DO UPDATE SET map = $m, updated_at = $now",
            ("$n", name), ("$m", map), ("$now", Now()));
        cmd.ExecuteNonQuery();
    }

    /// <summary>The mapping of profile <paramref name="name"/>, or null when there is none.</summary>
    public string? Profile(string name)
    {
        using var cmd = Command(_db, null, "SELECT map FROM parts_profiles WHERE name = $n", ("$n", name));
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>The names of the saved profiles, sorted.</summary>
    public IReadOnlyList<string> ProfileNames()
    {
        using var cmd = Command(_db, null, "SELECT name FROM parts_profiles ORDER BY name");
        using var r = cmd.ExecuteReader();
        var names = new List<string>();
        while (r.Read()) names.Add(r.GetString(0));
        return names;
    }

    /// <inheritdoc />
    public void Dispose() => _db.Dispose();

    private string Now() => _clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Run(SqliteConnection db, SqliteTransaction? tx, string sql)
    {
        using var cmd = Command(db, tx, sql);
        cmd.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection db, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }
}
