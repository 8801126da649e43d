using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Builder;

// Load benchmark of the web API on loopback: N concurrent clients alternate between the exposure and
// search endpoints for a duration; prints requests per second, p50/p99 latency per endpoint and the
// server's memory at the end. The server runs in this process (Kestrel on a loopback port).
// Usage: dotnet run -c Release --project benchmarks/Chokepoint.LoadBench -- [--clients 50] [--seconds 600] [--docs 200]
var clients = Arg("--clients", 50);
var seconds = Arg("--seconds", 600);
var docs = Arg("--docs", 200);
var dir = Path.Combine(Path.GetTempPath(), "chokepoint-loadbench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(dir);
var app = WebApp.Create(["--urls", "http://127.0.0.1:0", "--Chokepoint:Db", Path.Combine(dir, "bench.db")]);
await app.StartAsync();
var baseUrl = app.Urls.First();
using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
await Seed(http, docs);

string[] exposureUrls =
[
    "/api/v1/exposure/electric-car?to=USA&as_of=2025-10-10", "/api/v1/exposure/fighter-jet?to=USA&from=CHN",
    "/api/v1/exposure/wind-turbine?to=DEU&as_of=2025-11-15", "/api/v1/exposure/grid-storage?to=USA&from=CHN",
];
string[] searchUrls = ["/api/v1/search?q=gallium", "/api/v1/search?q=%22rare%20earth%22%20AND%20licence", "/api/v1/search?q=lithium", "/api/v1/search?q=magnet*"];
var latencies = new[] { new List<double>(), new List<double>() };
var errors = 0;
var stop = Stopwatch.StartNew();
var deadline = TimeSpan.FromSeconds(seconds);
var workers = Enumerable.Range(0, clients).Select(async c =>
{
    var local = new[] { new List<double>(), new List<double>() };
    for (var k = c; stop.Elapsed < deadline; k++)
    {
        var kind = k % 2;
        var url = kind == 0 ? exposureUrls[k / 2 % exposureUrls.Length] : searchUrls[k / 2 % searchUrls.Length];
        var t = Stopwatch.GetTimestamp();
        using var r = await http.GetAsync(url);
        await r.Content.ReadAsByteArrayAsync();
        local[kind].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        if (!r.IsSuccessStatusCode) Interlocked.Increment(ref errors);
    }
    lock (latencies) { latencies[0].AddRange(local[0]); latencies[1].AddRange(local[1]); }
}).ToList();
await Task.WhenAll(workers);
var elapsed = stop.Elapsed.TotalSeconds;
GC.Collect();
var process = Process.GetCurrentProcess();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clients} clients, {elapsed:0} s, {docs} documents in the workspace, {Environment.ProcessorCount} cores; errors: {errors}"));
Report("exposure", latencies[0], elapsed);
Report("search", latencies[1], elapsed);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"memory at the end: working set {process.WorkingSet64 / 1048576.0:0} MB, managed heap after GC {GC.GetTotalMemory(true) / 1048576.0:0} MB (server and clients share this process)"));
await app.StopAsync();
Directory.Delete(dir, recursive: true);
return errors == 0 ? 0 : 3;

static void Report(string name, List<double> ms, double seconds)
{
    ms.Sort();
    double P(double p) => ms.Count == 0 ? double.NaN : ms[Math.Min(ms.Count - 1, (int)(p / 100 * ms.Count))];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-9} {ms.Count / seconds,8:0} req/s   p50 {P(50),7:0.00} ms   p99 {P(99),7:0.00} ms   ({ms.Count} requests)"));
}

static async Task Seed(HttpClient http, int count)
{
    string[] topics = ["gallium and germanium licences", "rare earth magnets and a licence regime", "lithium brine and cathode materials", "graphite anodes", "antimony for munitions"];
    for (var start = 0; start < count; start += 20)
    {
        using var form = new MultipartFormDataContent();
        for (var i = start; i < Math.Min(count, start + 20); i++)
        {
            var text = new StringBuilder($"# Report {i} on {topics[i % topics.Length]}\n\n");
            for (var p = 0; p < 40; p++)
                text.Append(CultureInfo.InvariantCulture, $"China refines {60 + (i + p) % 39}% of the world's {topics[(i + p) % topics.Length]}. Exporters need a licence since 2025. Paragraph {p}.\n\n");
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text.ToString())), "files", $"report-{i}.md");
        }
        var post = await http.PostAsync("/api/v1/documents", form);
        var id = (await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("job_id").GetString();
        while ((await http.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{id}")).GetProperty("status").GetString() is "queued" or "running")
            await Task.Delay(100);
    }
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
}
