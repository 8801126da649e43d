using System.Globalization;
using System.Threading.RateLimiting;
using Chokepoint.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Chokepoint.Web.Hosting;

/// <summary>
/// Bounds how many heavy requests run at once, so that cheap answers (items, controls, exposure, leverage) stay quick
/// when searches and evidence reads pile up (issue 23). Two pools, each a concurrency limiter with a first-in-first-out
/// queue: searches, and the other workspace reads (claims, documents, briefs and insights, the evidence pages, job
/// results). A queued request waits without a thread and leaves the queue when its client goes away; beyond the queue
/// the answer is 503 with Retry-After. The per-query time budget and cancellation on client abort still act once a
/// request runs. Thread-safe.
/// </summary>
public sealed class HeavyRequests : IDisposable
{
    /// <summary>The policy of full-text searches.</summary>
    public const string SearchPolicy = "search";

    /// <summary>The policy of the other workspace reads and job results.</summary>
    public const string ReadPolicy = "workspace-reads";

    /// <summary>Seconds a client is told to wait (Retry-After) when a queue is full.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>Creates the two pools from <paramref name="options"/> (running: one per core unless configured).</summary>
    public HeavyRequests(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Running = options.HeavyRunning > 0 ? options.HeavyRunning : Math.Max(1, Environment.ProcessorCount);
        Queued = Math.Max(0, options.HeavyQueued);
        Search = Limiter();
        Reads = Limiter();
    }

    /// <summary>Requests of one pool that run at once.</summary>
    public int Running { get; }

    /// <summary>Requests of one pool that may wait beyond the running ones.</summary>
    public int Queued { get; }

    /// <summary>The pool of searches.</summary>
    public RateLimiter Search { get; }

    /// <summary>The pool of the other workspace reads.</summary>
    public RateLimiter Reads { get; }

    private ConcurrencyLimiter Limiter() => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Running,
        QueueLimit = Queued,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>
    /// Raises the thread pool's minimum so that the heavy requests, which run synchronously and hold a thread each, leave
    /// one thread per core for everything else: without this a few running searches and claim pages take every thread
    /// the pool starts with, and cheap requests wait up to seconds for the pool to add threads.
    /// </summary>
    internal void ReserveThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        var needed = 2 * Running + 2 * Environment.ProcessorCount;
        if (workers < needed) ThreadPool.SetMinThreads(needed, io);
    }

    /// <summary>Registers the two policies and the 503 answer of a full queue.</summary>
    internal static void AddTo(IServiceCollection services)
    {
        services.AddSingleton<HeavyRequests>();
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(SearchPolicy, c => RateLimitPartition.Get(SearchPolicy, _ => new Shared(c.RequestServices.GetRequiredService<HeavyRequests>().Search)));
            o.AddPolicy(ReadPolicy, c => RateLimitPartition.Get(ReadPolicy, _ => new Shared(c.RequestServices.GetRequiredService<HeavyRequests>().Reads)));
            o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            o.OnRejected = (c, _) =>
            {
                c.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                var pool = c.HttpContext.RequestServices.GetRequiredService<HeavyRequests>();
                return new ValueTask(ErrorPages.WriteProblem(c.HttpContext, Problems.Of(503, "queue",
                    $"the server is busy: {pool.Running} such requests are running and {pool.Queued} waiting; try again in {RetryAfterSeconds} s")));
            };
        });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Search.Dispose();
        Reads.Dispose();
    }

    // The middleware disposes partition limiters it finds idle; the pools outlive that, so the partition holds this
    // view of a pool, which never reports idle and never disposes the pool.
    private sealed class Shared(RateLimiter pool) : RateLimiter
    {
        public override TimeSpan? IdleDuration => null;

        public override RateLimiterStatistics? GetStatistics() => pool.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => pool.AttemptAcquire(permitCount);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            pool.AcquireAsync(permitCount, cancellationToken);
    }
}
