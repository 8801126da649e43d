using Chokepoint.Evidence.Store;

namespace Chokepoint.Web.Hosting;

/// <summary>
/// Access to the SQLite workspace for many readers and one writer. Each call opens its own connection
/// (a Workspace is not thread-safe); writers take a process-wide gate so two ingests never contend for
/// the write lock, and SQLite's busy wait lets readers pass a writer's commit instead of failing with
/// "database is locked".
/// </summary>
public sealed class WorkspaceGate(WebOptions options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>Full path of the workspace file.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(options.Db);

    /// <summary>Creates the workspace (and its schema) when absent; refuses a file that is not one.</summary>
    public void EnsureCreated()
    {
        using var w = Workspace.Open(Path, clock);
    }

    /// <summary>Runs a read on its own connection; many may run at once.</summary>
    public T Read<T>(Func<Workspace, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var w = Workspace.Open(Path, clock);
        return read(w);
    }

    /// <summary>Runs a write alone (one writer at a time in this process).</summary>
    public async Task<T> WriteAsync<T>(Func<Workspace, T> write, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(write);
        await _writer.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            using var w = Workspace.Open(Path, clock);
            return write(w);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}
