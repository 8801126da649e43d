using Chokepoint.Testing;
using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Chokepoint.Web.Tests;

/// <summary>
/// One real server (Kestrel on a loopback port) and one headless Debian chromium per test class.
/// Never downloads a browser: a missing /usr/bin/chromium fails every browser test loudly.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string Chromium = "/usr/bin/chromium";
    private readonly TempDir _dir = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots of every page, for people to look at (not compared).</summary>
    public static string ScreenshotDir { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: install Debian's chromium (apt-get install chromium; .ci/run does) — the browser tests never download a browser");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _app = WebApp.Create(["--urls", "http://127.0.0.1:0", "--Chokepoint:Db", Path.Combine(_dir.Path, "browser.db"), "--Chokepoint:MaxRuns", "200", "--Chokepoint:ReportStressRuns", "20", "--Chokepoint:ReportHelpsRuns", "4"]);
        await WebApp.StartCheckedAsync(_app);
        BaseUrl = _app.Urls.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    /// <summary>A new page that records console errors, page errors, dialogs and every request that leaves the app.</summary>
    public async Task<WatchedPage> NewPage()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        page.SetDefaultTimeout(30_000);
        return new WatchedPage(page, BaseUrl);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public void Dispose() => _dir.Dispose();
}

/// <summary>A page with what went wrong on it: console errors (CSP violations included), script errors, dialogs, foreign requests.</summary>
public sealed class WatchedPage
{
    public WatchedPage(IPage page, string baseUrl)
    {
        Page = page;
        page.Console += (_, m) => { if (m.Type == "error") Problems.Add("console: " + m.Text); };
        page.PageError += (_, e) => Problems.Add("script error: " + e);
        page.Dialog += async (_, d) => { Dialogs.Add(d.Message); await d.DismissAsync(); };
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(baseUrl, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal))
                Foreign.Add(r.Url);
        };
    }

    public IPage Page { get; }
    public List<string> Problems { get; } = [];
    public List<string> Dialogs { get; } = [];
    public List<string> Foreign { get; } = [];

    public void AssertClean()
    {
        Assert.True(Problems.Count == 0, "page problems:\n" + string.Join("\n", Problems));
        Assert.True(Dialogs.Count == 0, "dialogs opened:\n" + string.Join("\n", Dialogs));
        Assert.True(Foreign.Count == 0, "requests left the machine:\n" + string.Join("\n", Foreign));
    }

    public Task Shot(string name) => Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDir, name + ".png"), FullPage = true });
}
