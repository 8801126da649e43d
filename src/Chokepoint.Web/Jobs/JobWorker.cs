using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chokepoint.Web.Jobs;

/// <summary>Runs queued jobs one after another; a failing job is marked failed with its message, never crashes the app.</summary>
internal sealed partial class JobWorker(JobBoard queue, ILogger<JobWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            job.Start(queue.Now);
            try
            {
                var result = await Task.Run(() => job.Work(job, stoppingToken), stoppingToken).ConfigureAwait(false);
                job.Finish(result, queue.Now);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                job.Fail("the server stopped before the job finished", queue.Now);
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogFailed(log, job.Id, ex);
                job.Fail(ex is JobInputException ? ex.Message : $"the computation failed: {ex.GetType().Name}: {ex.Message}", queue.Now);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Id} failed")]
    private static partial void LogFailed(ILogger logger, string id, Exception ex);
}
