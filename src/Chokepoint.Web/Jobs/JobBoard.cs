using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Chokepoint.Web.Hosting;

namespace Chokepoint.Web.Jobs;

/// <summary>
/// A bounded queue of jobs run one at a time by <see cref="JobWorker"/> (each run already uses every core).
/// When the queue is full, <see cref="TryEnqueue"/> refuses instead of letting work pile up.
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

    /// <summary>The job with this id, or null (unknown or forgotten).</summary>
    public Job? Find(string id) => _jobs.TryGetValue(id, out var job) ? job : null;

    internal ChannelReader<Job> Reader => _channel.Reader;

    internal DateTimeOffset Now => clock.GetUtcNow();

    // Finished jobs beyond the kept number are dropped, oldest first; unfinished ones are never dropped.
    private void Forget()
    {
        var excess = _jobs.Count - Math.Max(options.KeptJobs, Capacity + 1);
        for (var i = 0; i < excess && _order.TryPeek(out var oldest); i++)
        {
            if (!_jobs.TryGetValue(oldest, out var job) || job.IsFinished)
            {
                _order.TryDequeue(out _);
                _jobs.TryRemove(oldest, out _);
            }
            else break;
        }
    }
}
