using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chokepoint.Web.Jobs;

/// <summary>
/// Runs queued jobs one after another; a failing job is marked failed with its message and never
/// stops the app, out-of-memory included (the job's allocations are unreachable once it fails).
/// </summary>
internal sealed partial class JobWorker(JobBoard queue, ILogger<JobWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            job.Start(queue.Now);
            try
            {
                var work = job.Work ?? throw new InvalidOperationException("the job has no work");
                var result = await Task.Run(() => work(job, stoppingToken), stoppingToken).ConfigureAwait(false);
                job.Finish(result, queue.Now);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                job.Fail("the server stopped before the job finished", queue.Now);
                return;
            }
            catch (OutOfMemoryException ex)
            {
                LogFailed(log, job.Id, ex);
                job.Fail("the job ran out of memory and was stopped; ask for fewer runs or without all_nodes", queue.Now);
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
            catch (Exception ex)
            {
                LogFailed(log, job.Id, ex);
                job.Fail(ex is JobInputException or Simulation.ModelRangeException ? ex.Message : "the computation failed; the server log has the details", queue.Now);
            }
            queue.Trim();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Id} failed")]
    private static partial void LogFailed(ILogger logger, string id, Exception ex);
}
