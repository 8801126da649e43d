using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Chokepoint.Web.Hosting;

namespace Chokepoint.Web.Jobs;

/// <summary>
/// A bounded queue of jobs run one at a time by <see cref="JobWorker"/> (each run already uses every core).
/// When the queue is full, <see cref="TryEnqueue"/> refuses instead of letting work pile up. Finished
/// jobs are kept for GET jobs/{id} up to <see cref="WebOptions.KeptJobs"/> of them and
/// <see cref="WebOptions.KeptJobMegabytes"/> of results; older ones are forgotten first.
/// </summary>
public sealed class JobBoard(WebOptions options, TimeProvider clock)
{
    private readonly Channel<Job> _channel = Channel.CreateBounded<Job>(new BoundedChannelOptions(Math.Clamp(options.MaxQueuedJobs, 1, 1000))
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly Lock _forgetting = new();

    /// <summary>Most jobs that may wait.</summary>
    public int Capacity { get; } = Math.Clamp(options.MaxQueuedJobs, 1, 1000);

    /// <summary>Queues a job; null when the queue is full.</summary>
    public Job? TryEnqueue(string kind, string summary, Func<Job, CancellationToken, Task<JsonNode>> work)
    {
        var job = new Job(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), kind, summary, work, clock.GetUtcNow());
        if (!_channel.Writer.TryWrite(job)) return null;
        _jobs[job.Id] = job;
        _order.Enqueue(job.Id);
        Forget();
        return job;
    }

    /// <summary>Estimated bytes held by the finished jobs still kept.</summary>
    public long KeptBytes => _jobs.Values.Sum(j => j.HeldBytes);

    /// <summary>Forgets finished jobs beyond the kept count and bytes (the worker calls it after each job).</summary>
    internal void Trim() => Forget();

    /// <summary>The job with this id, or null (unknown or forgotten).</summary>
    public Job? Find(string id) => _jobs.TryGetValue(id, out var job) ? job : null;

    internal ChannelReader<Job> Reader => _channel.Reader;

    internal DateTimeOffset Now => clock.GetUtcNow();

    // Finished jobs beyond the kept number or bytes are dropped, oldest first; unfinished ones never are.
    private void Forget()
    {
        lock (_forgetting)
        {
            var maxBytes = Math.Max(1, options.KeptJobMegabytes) * (1L << 20);
            var count = _jobs.Count;
            var bytes = KeptBytes;
            var keep = Math.Max(options.KeptJobs, Capacity + 1);
            var pending = new Queue<string>();
            while (_order.TryDequeue(out var id))
            {
                if (!_jobs.TryGetValue(id, out var job)) continue;
                if ((count > keep || bytes > maxBytes) && job.IsFinished)
                {
                    count--;
                    bytes -= job.HeldBytes;
                    _jobs.TryRemove(id, out _);
                    job.Drop();
                    continue;
                }
                pending.Enqueue(id);
            }
            foreach (var id in pending) _order.Enqueue(id);
        }
    }
}
