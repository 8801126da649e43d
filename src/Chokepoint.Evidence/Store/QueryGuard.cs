using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Chokepoint.Evidence.Store;

/// <summary>
/// Bounds one read: SQLite's progress handler runs every few thousand virtual-machine steps and
/// interrupts the statement when the caller cancels (a client that went away) or the time budget is
/// spent, so no query keeps a core busy after nobody waits for it. Managed loops between statements
/// call <see cref="Check"/>. Dispose removes the handler. One guard per connection at a time.
/// </summary>
internal sealed class QueryGuard : IDisposable
{
    /// <summary>Virtual-machine steps between two checks (a few microseconds of work).</summary>
    private const int Steps = 4000;

    private readonly SqliteConnection _db;
    private readonly CancellationToken _cancel;
    private readonly long _deadline;
    private readonly TimeSpan _budget;
    private readonly delegate_progress _handler;

    public QueryGuard(SqliteConnection db, TimeSpan budget, CancellationToken cancel)
    {
        _db = db;
        _cancel = cancel;
        _budget = budget;
        _deadline = Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);
        _handler = _ => Expired ? 1 : 0;
        raw.sqlite3_progress_handler(db.Handle, Steps, _handler, null);
    }

    private bool Expired => _cancel.IsCancellationRequested || Stopwatch.GetTimestamp() > _deadline;

    /// <summary>Throws when cancelled or out of time.</summary>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    /// <exception cref="QueryBudgetException">The time budget is spent.</exception>
    public void Check()
    {
        _cancel.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > _deadline) throw Exceeded(null);
    }

    /// <summary>True when <paramref name="ex"/> is SQLite's "interrupted", i.e. this guard stopped the statement.</summary>
    public static bool Interrupted(SqliteException ex) => (ex.SqliteErrorCode & 0xff) == 9;

    /// <summary>The exception to throw for an interrupted statement: cancelled, or over budget.</summary>
    public Exception Stopped(SqliteException ex) =>
        _cancel.IsCancellationRequested ? new OperationCanceledException("the request was cancelled", ex, _cancel) : Exceeded(ex);

    private QueryBudgetException Exceeded(Exception? inner) => new(
        $"the search took longer than its budget of {_budget.TotalSeconds:0.#} s and was stopped; narrow it (more words, a phrase in quotes, an industry or date filter)", inner);

    public void Dispose() => raw.sqlite3_progress_handler(_db.Handle, 0, null, null);
}
