namespace Chokepoint.Web.Hosting;

/// <summary>
/// How the web workspace runs: bound where, on which dataset and workspace file, with which access key.
/// Read from the "Chokepoint" configuration section (the serve command and tests set it).
/// </summary>
public sealed record WebOptions
{
    /// <summary>Configuration section the options are read from.</summary>
    public const string Section = "Chokepoint";

    /// <summary>Environment variable holding the access key when --key is not given.</summary>
    public const string KeyVariable = "CHOKEPOINT_KEY";

    /// <summary>Header (or form field) carrying the access key.</summary>
    public const string KeyHeader = "X-Chokepoint-Key";

    /// <summary>Dataset folder used alone instead of the embedded default (--data), or null.</summary>
    public string? Data { get; init; }

    /// <summary>Dataset folder layered over the default (--with), or null.</summary>
    public string? With { get; init; }

    /// <summary>Workspace database file (default ./chokepoint.db, as for ingest).</summary>
    public string Db { get; init; } = "chokepoint.db";

    /// <summary>Access key every write must present; required when bound beyond loopback. Null when open.</summary>
    public string? Key { get; init; }

    /// <summary>When true, reads need the key too.</summary>
    public bool KeyedReads { get; init; }

    /// <summary>Jobs waiting beyond the running ones; a POST beyond this gets 503 (1–1000).</summary>
    public int MaxQueuedJobs { get; init; } = 8;

    /// <summary>Heavy requests (searches; other workspace reads) that run at once in each of the two pools; 0 (default) means one per core.</summary>
    public int HeavyRunning { get; init; }

    /// <summary>Heavy requests that may wait in each pool beyond the running ones; one more gets 503 with Retry-After.</summary>
    public int HeavyQueued { get; init; } = 512;

    /// <summary>Most Monte Carlo runs one web job may ask for (1–100000).</summary>
    public int MaxRuns { get; init; } = 5000;

    /// <summary>Finished jobs kept in memory for GET jobs/{id}; older ones are forgotten.</summary>
    public int KeptJobs { get; init; } = 200;

    /// <summary>Most megabytes (estimated) that finished jobs' results may hold together; the oldest are forgotten beyond it.</summary>
    public int KeptJobMegabytes { get; init; } = 256;

    /// <summary>When true (default), the overview computes the report's stress test and "What helps" in the background.</summary>
    public bool OverviewSimulations { get; init; } = true;

    /// <summary>Monte Carlo runs of the overview's stress test (as 'chokepoint report' unless configured).</summary>
    public int ReportStressRuns { get; init; } = new Application.Report.ReportOptions().StressRuns;

    /// <summary>Monte Carlo runs per stockpile evaluation of the overview's "What helps" (as 'chokepoint report' unless configured).</summary>
    public int ReportHelpsRuns { get; init; } = new Application.Report.ReportOptions().HelpsRuns;
}
