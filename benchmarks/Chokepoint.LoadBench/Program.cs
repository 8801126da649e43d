using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Chokepoint.Web.Hosting;

// Load benchmark of the web API on loopback (issue 23): N concurrent clients cycle through items, controls,
// exposure, leverage, search and claims (a page) for a duration, each waiting --think milliseconds (default 0) after an answer, while H hostile clients run searches built to
// be slow (32 terms matching every document) and abandon each after a second. Prints requests per second and
// p50/p99 latency per endpoint, errors, and the process's memory at the end. The server runs in this process
// (Kestrel on a loopback port) over a fresh workspace of --docs documents with --claims claims in all.
// Usage: dotnet run -c Release --project benchmarks/Chokepoint.LoadBench -- [--clients 200] [--seconds 120] [--docs 200] [--claims 50000] [--hostile 4] [--think 0] [--warmup 5]
var clients = Arg("--clients", 200);
var seconds = Arg("--seconds", 120);
var docs = Arg("--docs", 200);
var claims = Arg("--claims", 50_000);
var hostile = Arg("--hostile", 4, min: 0);
var think = Arg("--think", 0, min: 0);
// Requests started in the first --warmup seconds are served but not timed: the first burst of 200 clients meets
// cold code (JIT, tiering) and a thread pool still growing, which would otherwise set every endpoint's p99.
var warmup = Arg("--warmup", 5, min: 0);
var dir = Path.Combine(Path.GetTempPath(), "chokepoint-loadbench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(dir);
var app = WebApp.Create(["--urls", "http://127.0.0.1:0", "--Chokepoint:Db", Path.Combine(dir, "bench.db")]);
await app.StartAsync();
using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(120) };
var seeded = await Seed(http, docs, Math.Max(1, claims / docs));

(string Name, string[] Urls)[] endpoints =
[
    ("items", ["/api/v1/items?industry=rare-earths", "/api/v1/items?kind=refined", "/api/v1/items"]),
    ("controls", ["/api/v1/controls?as_of=2025-11-15", "/api/v1/controls?as_of=2025-10-10&item=gallium"]),
    ("exposure", ["/api/v1/exposure/electric-car?to=USA&as_of=2025-10-10", "/api/v1/exposure/fighter-jet?to=USA&from=CHN", "/api/v1/exposure/wind-turbine?to=DEU&as_of=2025-11-15"]),
    ("leverage", ["/api/v1/leverage?issuer=CHN&target=USA&as_of=2025-10-10"]),
    ("search", ["/api/v1/search?q=gallium", "/api/v1/search?q=%22rare%20earth%22%20AND%20licence", "/api/v1/search?q=magnet*"]),
    ("claims", ["/api/v1/claims", "/api/v1/claims?offset=20000", "/api/v1/claims?status=conflicts&limit=50"]),
];
var latencies = endpoints.Select(_ => new List<double>()).ToArray();
var errors = 0;
var stop = Stopwatch.StartNew();
var deadline = TimeSpan.FromSeconds(seconds + warmup);
var timedFrom = TimeSpan.FromSeconds(warmup);
var hostileQuery = "/api/v1/search?q=" + Uri.EscapeDataString(string.Join(" OR ", Enumerable.Repeat("china OR refines OR world OR report", 8)));
var abandoned = 0;
var attackers = Enumerable.Range(0, hostile).Select(async _ =>
{
    while (stop.Elapsed < deadline)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try { using var r = await http.GetAsync(hostileQuery, cancel.Token); }
        catch (OperationCanceledException) { Interlocked.Increment(ref abandoned); }
    }
}).ToList();
var failures = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
var workers = Enumerable.Range(0, clients).Select(async c =>
{
    var local = endpoints.Select(_ => new List<double>()).ToArray();
    for (var k = c; stop.Elapsed < deadline; k++)
    {
        var e = k % endpoints.Length;
        var urls = endpoints[e].Urls;
        var t = Stopwatch.GetTimestamp();
        var timed = stop.Elapsed >= timedFrom;
        string? failure;
        try
        {
            using var r = await http.GetAsync(urls[k / endpoints.Length % urls.Length]);
            await r.Content.ReadAsByteArrayAsync();
            failure = r.IsSuccessStatusCode ? null : ((int)r.StatusCode).ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            failure = ex.GetType().Name;
        }
        if (timed) local[e].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        if (failure is not null)
        {
            Interlocked.Increment(ref errors);
            failures.AddOrUpdate($"{endpoints[e].Name} {failure}", 1, (_, n) => n + 1);
        }
        if (think > 0) await Task.Delay(think);
    }
    lock (latencies) for (var e = 0; e < endpoints.Length; e++) latencies[e].AddRange(local[e]);
}).ToList();
// Runtime counters sampled while the clients run: where a request can wait besides the CPU (thread-pool queue, GC pauses, lock contention).
var loadAtStart = LoadAverage();
var (gcPause, gen0, gen2, contention) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(2), Monitor.LockContentionCount);
var (pendingMax, pendingSum, samples, threadsMax) = (0L, 0L, 0, 0);
var sampler = Task.Run(async () =>
{
    while (stop.Elapsed < deadline)
    {
        var pending = ThreadPool.PendingWorkItemCount;
        (pendingMax, pendingSum, samples, threadsMax) = (Math.Max(pendingMax, pending), pendingSum + pending, samples + 1, Math.Max(threadsMax, ThreadPool.ThreadCount));
        await Task.Delay(100);
    }
});
await Task.WhenAll(workers.Concat(attackers).Append(sampler));
var elapsed = stop.Elapsed.TotalSeconds - warmup;
var process = Process.GetCurrentProcess();
var counters = string.Create(CultureInfo.InvariantCulture,
    $"runtime: GC pauses {(GC.GetTotalPauseDuration() - gcPause).TotalMilliseconds:0} ms in all ({GC.CollectionCount(0) - gen0} collections, {GC.CollectionCount(2) - gen2} of them gen 2; last blocking gen 2 paused {GC.GetGCMemoryInfo(GCKind.FullBlocking).PauseDurations[0].TotalMilliseconds:0} ms, last background {GC.GetGCMemoryInfo(GCKind.Background).PauseDurations[0].TotalMilliseconds:0} ms), lock contentions {Monitor.LockContentionCount - contention}, thread-pool queue mean {(samples == 0 ? 0 : (double)pendingSum / samples):0.0} / max {pendingMax} work items, at most {threadsMax} pool threads; load average {loadAtStart} at the start, {LoadAverage()} at the end");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{clients} clients ({(think > 0 ? $"{think} ms between requests" : "no pause")}) + {hostile} hostile searches ({abandoned} abandoned after 1 s), {elapsed:0} s timed after {warmup} s of warm-up, {docs} documents and {seeded} claims in the workspace, {Environment.ProcessorCount} cores; errors: {errors}"));
foreach (var (what, n) in failures.OrderBy(f => f.Key, StringComparer.Ordinal)) Console.WriteLine($"  failed: {what} x{n}");
for (var e = 0; e < endpoints.Length; e++) Report(endpoints[e].Name, latencies[e], elapsed);
Console.WriteLine(counters);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"memory at the end: peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB, managed heap after GC {GC.GetTotalMemory(true) / 1048576.0:0} MB (server and clients share this process)"));
await app.StopAsync();
Directory.Delete(dir, recursive: true);
return errors == 0 ? 0 : 3;

static void Report(string name, List<double> ms, double seconds)
{
    ms.Sort();
    double P(double p) => ms.Count == 0 ? double.NaN : ms[Math.Min(ms.Count - 1, (int)(p / 100 * ms.Count))];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-9} {ms.Count / seconds,8:0.0} req/s   p50 {P(50),8:0.0} ms   p99 {P(99),8:0.0} ms   ({ms.Count} requests)"));
}

// Uploads `count` documents of `perDocument` claim sentences each (20 to a request) and returns the claims stored.
static async Task<int> Seed(HttpClient http, int count, int perDocument)
{
    string[] topics = ["gallium and germanium", "rare earth magnets", "refined lithium", "graphite anodes", "antimony for munitions"];
    for (var start = 0; start < count; start += 20)
    {
        using var form = new MultipartFormDataContent();
        for (var i = start; i < Math.Min(count, start + 20); i++)
        {
            var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# Report {i} on {topics[i % topics.Length]}\n\n");
            for (var p = 0; p < perDocument; p++)
                text.Append(CultureInfo.InvariantCulture, $"China refines {50 + (i + p) % 49}% of the world's {topics[(i + p) % topics.Length]}, note {p}. Exporters need a licence since 2025.\n\n");
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text.ToString())), "files", $"report-{i}.md");
        }
        var post = await http.PostAsync("/api/v1/documents", form);
        var id = (await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("job_id").GetString();
        while ((await http.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{id}")).GetProperty("status").GetString() is "queued" or "running")
            await Task.Delay(200);
    }
    using var total = await http.GetAsync("/api/v1/claims?limit=1");
    return int.Parse(total.Headers.GetValues("X-Total-Count").Single(), CultureInfo.InvariantCulture);
}

// The system's 1, 5 and 15-minute load averages where /proc tells them (other processes share the cores).
static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

// The value after `name`, or `fallback` when absent; a value below `min` or not a whole number stops the benchmark.
int Arg(string name, int fallback, int min = 1)
{
    var i = Array.IndexOf(args, name);
    if (i < 0) return fallback;
    if (i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min) return v;
    Console.Error.WriteLine($"Error: {name} expects a whole number of at least {min}");
    Environment.Exit(1);
    return fallback;
}
