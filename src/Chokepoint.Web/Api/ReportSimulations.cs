using Chokepoint.Application;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Report;
using Chokepoint.Web.Hosting;
using Microsoft.Extensions.Logging;

namespace Chokepoint.Web.Api;

/// <summary>
/// The report's Monte Carlo sections (stress test and "What helps") for the overview: the same handlers and options as
/// 'chokepoint report', run once in the background on first asking (they do not depend on the as-of date), so the page
/// never waits for them; until they are done it says so.
/// </summary>
public sealed partial class ReportSimulations(DatasetHolder holder, WebOptions options, TimeProvider clock, ILogger<ReportSimulations> log)
{
    private readonly Lock _gate = new();
    private Task<(StressTestSection? Stress, WhatHelpsSection? Helps)>? _task;

    /// <summary>The options the sections run with (the CLI's unless configured otherwise).</summary>
    public ReportOptions Options { get; } = new(options.ReportStressRuns, options.ReportHelpsRuns, Environment.ProcessorCount);

    /// <summary>False when the server was started without them (they are then not computed).</summary>
    public bool Enabled => options.OverviewSimulations;

    /// <summary>Starts the computation if it has not started; returns it.</summary>
    public Task<(StressTestSection? Stress, WhatHelpsSection? Helps)> Start()
    {
        lock (_gate)
        {
            return _task ??= Task.Run(() =>
            {
                var session = new Session(holder.Dataset, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Surface.Web);
                try
                {
                    return (ReportHandler.StressTest(session, Options), ReportHandler.WhatHelps(session, Options));
                }
                catch (Exception ex)
                {
                    LogFailed(log, ex);
                    throw;
                }
            });
        }
    }

    /// <summary>The sections when computed; null while they run (or when disabled or failed: see <see cref="State"/>).</summary>
    public (StressTestSection? Stress, WhatHelpsSection? Helps)? Ready =>
        Enabled && Start() is { IsCompletedSuccessfully: true } t ? t.Result : null;

    /// <summary>"done", "running", "failed" or "off".</summary>
    public string State => !Enabled ? "off" : Start() switch
    {
        { IsCompletedSuccessfully: true } => "done",
        { IsFaulted: true } or { IsCanceled: true } => "failed",
        _ => "running",
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "The overview's stress test sections failed")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
