using System.Net.Http.Json;
using System.Text.Json;
using Chokepoint.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Chokepoint.Web.Tests;

/// <summary>The app in memory on the default dataset and a fresh workspace; one per test class.</summary>
public class WebFactory : WebApplicationFactory<Chokepoint.Web.Hosting.DatasetHolder>
{
    private readonly TempDir _dir = new();

    /// <summary>Access key the server is started with, or null.</summary>
    protected virtual string? Key => null;

    /// <summary>Whether reads need the key.</summary>
    protected virtual bool KeyedReads => false;

    public string DbPath => Path.Combine(_dir.Path, "workspace.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Chokepoint:Db", DbPath);
        if (Key is not null) builder.UseSetting("Chokepoint:Key", Key);
        if (KeyedReads) builder.UseSetting("Chokepoint:KeyedReads", "true");
        builder.UseSetting("Chokepoint:MaxRuns", "200");
        // The overview's Monte Carlo sections run in the background; only the tests of the overview's report turn them on.
        builder.UseSetting("Chokepoint:OverviewSimulations", OverviewSimulations ? "true" : "false");
        builder.UseSetting("Chokepoint:ReportStressRuns", "20");
        builder.UseSetting("Chokepoint:ReportHelpsRuns", "4");
    }

    /// <summary>Whether the overview computes the report's stress test and "What helps".</summary>
    protected virtual bool OverviewSimulations => false;

    /// <summary>Polls a job until it is done or failed (at most 120 s).</summary>
    public static async Task<JsonElement> WaitForJob(HttpClient client, string id)
    {
        for (var i = 0; i < 1200; i++)
        {
            var job = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{id}");
            var status = job.GetProperty("status").GetString();
            if (status is "done" or "failed") return job;
            await Task.Delay(100);
        }
        throw new TimeoutException($"job {id} did not finish in 120 s");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _dir.Dispose();
    }
}

/// <summary>The app started with an access key (writes keyed, reads open).</summary>
public sealed class KeyedWebFactory : WebFactory
{
    public const string TheKey = "correct-horse-battery";
    protected override string? Key => TheKey;
}

/// <summary>The app started with an access key that reads need too.</summary>
public sealed class KeyedReadsWebFactory : WebFactory
{
    protected override string? Key => KeyedWebFactory.TheKey;
    protected override bool KeyedReads => true;
}

/// <summary>The app with the overview's Monte Carlo sections on (20 stress runs, 4 per "What helps" evaluation).</summary>
public sealed class ReportWebFactory : WebFactory
{
    protected override bool OverviewSimulations => true;
}
