using System.Text.Json.Nodes;

namespace Chokepoint.Web.Jobs;

/// <summary>
/// A long run (stress test, ingest) queued behind the API. The worker updates it; readers see a
/// consistent snapshot through <see cref="Snapshot"/>. Once finished a job keeps its result, never its
/// input: the work (and the uploaded bytes or scenario it captured) is dropped.
/// </summary>
public sealed class Job
{
    private readonly Lock _lock = new();
    private double _progress;
    private string _status = "queued";
    private JsonNode? _result;
    private string? _error;
    private DateTimeOffset? _started, _finished;

    internal Job(string id, string kind, string summary, Func<Job, CancellationToken, Task<JsonNode>> work, DateTimeOffset created)
    {
        Id = id;
        Kind = kind;
        Summary = summary;
        Work = work;
        Created = created;
    }

    /// <summary>Short random id used in URLs.</summary>
    public string Id { get; }

    /// <summary>simulation or ingest.</summary>
    public string Kind { get; }

    /// <summary>One line saying what was asked.</summary>
    public string Summary { get; }

    /// <summary>When it was queued.</summary>
    public DateTimeOffset Created { get; }

    /// <summary>Anything the surface keeps beside the JSON result (e.g. the simulation result for CSV downloads).</summary>
    public object? Payload { get; set; }

    internal Func<Job, CancellationToken, Task<JsonNode>>? Work { get; private set; }

    /// <summary>Estimated bytes the finished job holds (its JSON result and payload); 0 until finished.</summary>
    public long HeldBytes { get; private set; }

    /// <summary>Reports progress, 0–1.</summary>
    public void Report(double fraction)
    {
        lock (_lock) _progress = Math.Clamp(fraction, 0, 1);
    }

    internal void Start(DateTimeOffset now)
    {
        lock (_lock) { _status = "running"; _started = now; }
    }

    internal void Finish(JsonNode result, DateTimeOffset now)
    {
        // A JSON tree takes several times its text; the payload (the result object the JSON was built from) about as much again.
        var held = 8L * System.Text.Encoding.UTF8.GetByteCount(result.ToJsonString()) + 1024;
        lock (_lock) { _status = "done"; _progress = 1; _result = result; _finished = now; Work = null; HeldBytes = held; }
    }

    internal void Fail(string error, DateTimeOffset now)
    {
        lock (_lock) { _status = "failed"; _error = error; _finished = now; Work = null; Payload = null; HeldBytes = 1024; }
    }

    /// <summary>Drops the result (the job is forgotten but a reader may still hold it).</summary>
    internal void Drop()
    {
        lock (_lock) { _result = null; Payload = null; HeldBytes = 0; }
    }

    /// <summary>True once done or failed.</summary>
    public bool IsFinished
    {
        get { lock (_lock) return _status is "done" or "failed"; }
    }

    /// <summary>A consistent copy of the job's state (the JSON contract of GET jobs/{id}).</summary>
    public JobJson Snapshot()
    {
        lock (_lock)
            return new JobJson(Id, Kind, _status, Math.Round(_progress, 4), Summary, Created.ToString("O"), _started?.ToString("O"), _finished?.ToString("O"), _error, _result);
    }
}
