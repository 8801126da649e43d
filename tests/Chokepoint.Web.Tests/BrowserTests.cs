using System.Text;
using Microsoft.Playwright;

namespace Chokepoint.Web.Tests;

/// <summary>The pages in headless chromium: they open, draw their charts offline, react to dates, run scenarios, take uploads, and never run document script.</summary>
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("overview", "/", 3)]
    [InlineData("items", "/items?industry=rare-earths", 0)]
    [InlineData("item", "/items/gallium", 1)]
    [InlineData("controls", "/controls?as_of=2025-11-15&issuer=CHN", 0)]
    [InlineData("measure", "/controls/CHN-MOFCOM-2023-23?as_of=2025-11-15", 0)]
    [InlineData("exposure", "/exposure?product=fighter-jet&to=USA&from=CHN", 1)]
    [InlineData("stress", "/stress", 0)]
    [InlineData("evidence", "/evidence", 0)]
    [InlineData("api", "/api", 0)]
    public async Task Each_page_opens_cleanly_and_draws_its_charts_offline(string name, string path, int charts)
    {
        var w = await browser.NewPage();
        var response = await w.Page.GotoAsync(browser.BaseUrl + path);
        Assert.Equal(200, response!.Status);
        if (charts > 0)
        {
            await w.Page.WaitForSelectorAsync(".chart .main-svg");
            Assert.True(await w.Page.Locator(".chart .main-svg").CountAsync() >= charts);
        }
        await w.Shot(name);
        w.AssertClean();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/items?industry=rare-earths")]
    [InlineData("/items/gallium")]
    [InlineData("/controls?as_of=2025-11-15&issuer=CHN")]
    [InlineData("/controls/CHN-MOFCOM-2025-18?as_of=2025-11-15")]
    [InlineData("/exposure?product=fighter-jet&to=USA&from=CHN")]
    [InlineData("/leverage?issuer=CHN&target=USA&as_of=2025-10-10")]
    [InlineData("/stress")]
    [InlineData("/evidence")]
    [InlineData("/evidence/insights?industry=rare-earths")]
    [InlineData("/api")]
    [InlineData("/unlock")]
    [InlineData("/screen")]
    [InlineData("/licences")]
    [InlineData("/changes?since=2025-10-01&until=2025-11-30")]
    public async Task No_page_scrolls_sideways_on_a_390_pixel_phone(string path)
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var response = await page.GotoAsync(browser.BaseUrl + path);
        Assert.Equal(200, response!.Status);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        var (scroll, inner) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("window.innerWidth"));
        Assert.True(scroll <= inner, $"{path}: the page is {scroll} px wide in a {inner} px window");
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("/items/fighter-jet")]
    [InlineData("/items/gallium")]
    public async Task Chart_titles_fit_a_390_pixel_phone(string path)
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var response = await page.GotoAsync(browser.BaseUrl + path);
        Assert.Equal(200, response!.Status);
        await page.WaitForSelectorAsync(".chart .gtitle");
        // A title line wider than its chart is clipped by the chart's edge: every title stays inside its chart.
        var outside = await page.EvaluateAsync<string[]>(@"() => Array.from(document.querySelectorAll('.chart')).flatMap(c => {
            const b = c.getBoundingClientRect();
            return Array.from(c.querySelectorAll('.gtitle')).filter(t => { const r = t.getBoundingClientRect(); return r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1; })
                .map(t => t.textContent + ' ' + Math.round(t.getBoundingClientRect().left) + '..' + Math.round(t.getBoundingClientRect().right) + ' in ' + Math.round(b.left) + '..' + Math.round(b.right));
        })");
        Assert.True(outside.Length == 0, $"{path}: {string.Join("; ", outside)}");
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("/items/galium", 404)]
    [InlineData("/no-such-page/with/a/long/address/that/must/wrap/rather/than/push/the/page/sideways", 404)]
    [InlineData("/evidence/documents/987654", 404)]
    [InlineData("/evidence", 400)]
    public async Task The_error_pages_fit_a_390_pixel_phone(string path, int status)
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var response = await page.GotoAsync(browser.BaseUrl + (status == 404 ? path : "/api"));
        if (status == 400)
        {
            // A form sent without its page's token: the HTML 400 page.
            response = await page.RunAndWaitForResponseAsync(() => page.EvaluateAsync(
                "path => { const f = document.createElement('form'); f.method = 'post'; f.action = path; document.body.appendChild(f); f.submit(); }", path),
                r => r.Request.Method == "POST" && r.Url.EndsWith(path, StringComparison.Ordinal));
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.DOMContentLoaded);
        }
        Assert.Equal(status, response!.Status);
        await page.WaitForSelectorAsync("#status-title"); // the HTML error page, not problem JSON
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        var (scroll, inner) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("window.innerWidth"));
        Assert.True(scroll <= inner, $"{path}: the error page is {scroll} px wide in a {inner} px window");
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_overviews_product_link_opens_the_same_question_with_the_same_figure()
    {
        var w = await browser.NewPage();
        await w.Page.GotoAsync(browser.BaseUrl + "/?as_of=2025-11-15");
        const string product = "a[href^='/exposure?product=electric-car&']";
        var link = w.Page.Locator("#exposure-table " + product);
        var row = w.Page.Locator("#exposure-table tr", new() { Has = w.Page.Locator(product) });
        var figure = (await row.Locator("td.num").First.InnerTextAsync()).Trim();
        await link.ClickAsync();
        await w.Page.WaitForSelectorAsync("#output-at-risk");
        Assert.Equal(figure, (await w.Page.Locator("#output-at-risk").InnerTextAsync()).Trim());
        Assert.Contains("made in USA", await w.Page.Locator("#exposure-question").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("measures of CHN", await w.Page.Locator("#exposure-basis").InnerTextAsync(), StringComparison.Ordinal);
        w.AssertClean();
    }

    [Fact]
    public async Task Changing_the_as_of_date_changes_the_exposure_figure()
    {
        var w = await browser.NewPage();
        await w.Page.GotoAsync(browser.BaseUrl + "/exposure?product=electric-car&to=USA&as_of=2025-10-10");
        var during = await w.Page.Locator("#output-at-risk").InnerTextAsync();
        await w.Page.FillAsync("input[name=as_of]", "2019-01-01");
        await w.Page.ClickAsync("#exposure-form button[type=submit]");
        await w.Page.WaitForURLAsync("**as_of=2019-01-01**");
        var before = await w.Page.Locator("#output-at-risk").InnerTextAsync();
        Assert.Equal("0.0%", before);
        Assert.NotEqual(before, during);
        await w.Page.GotoAsync(browser.BaseUrl + "/?as_of=2023-01-01");
        var early = await w.Page.Locator("#measure-count").InnerTextAsync();
        await w.Page.GotoAsync(browser.BaseUrl + "/?as_of=2025-11-15");
        Assert.NotEqual(early, await w.Page.Locator("#measure-count").InnerTextAsync());
        w.AssertClean();
    }

    [Fact]
    public async Task Leverage_page_draws_the_scatter_and_lists_the_h20_requirement_in_the_chip_scenario()
    {
        var w = await browser.NewPage();
        var response = await w.Page.GotoAsync(browser.BaseUrl + "/leverage?issuer=USA&target=CHN&scenario=us-chip-controls-2025&basis=trade-value");
        Assert.Equal(200, response!.Status);
        await w.Page.WaitForSelectorAsync("#leverage-chart .main-svg");
        Assert.True(await w.Page.Locator("#leverage-chart .scatterlayer .point").CountAsync() >= 1);
        var h20 = w.Page.Locator("#leverage-table tbody tr").Filter(new() { HasText = "USA-BIS-2025-04-09-H20" }).Filter(new() { HasText = "china-grade-ai-accelerator" });
        Assert.Equal(1, await h20.CountAsync());
        Assert.Matches(@"^(≤ )?[0-9][0-9,]*\.[0-9]$", await h20.Locator("td").Last.InnerTextAsync());
        await w.Page.Locator("#leverage-chart").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "leverage-chart.png") });
        await w.Shot("leverage");
        w.AssertClean();
    }

    [Fact]
    public async Task Leverage_chart_fits_a_390_pixel_phone_with_every_point_of_the_chart_model()
    {
        var w = await browser.NewPage();
        await w.Page.SetViewportSizeAsync(390, 844);
        var response = await w.Page.GotoAsync(browser.BaseUrl + "/leverage?issuer=CHN&target=USA&as_of=2025-10-10");
        Assert.Equal(200, response!.Status);
        await w.Page.WaitForSelectorAsync("#leverage-chart .main-svg");
        var spec = System.Text.Json.JsonDocument.Parse(await w.Page.Locator("#leverage-chart").GetAttributeAsync("data-chart") ?? "{}").RootElement;
        var modelled = spec.GetProperty("data").EnumerateArray().Where(t => t.GetProperty("mode").GetString()!.StartsWith("markers", StringComparison.Ordinal)).Sum(t => t.GetProperty("x").EnumerateArray().Count(x => x.ValueKind == System.Text.Json.JsonValueKind.Number));
        Assert.True(modelled >= 1);
        Assert.Equal(modelled, await w.Page.Locator("#leverage-chart .scatterlayer .point").CountAsync());
        var width = await w.Page.Locator("#leverage-chart .main-svg").First.EvaluateAsync<double>("e => e.getBoundingClientRect().width");
        Assert.True(width <= 390, $"the chart is {width} px wide");
        await w.Page.Locator("#leverage-chart").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "leverage-390-chart.png") });
        await w.Shot("leverage-390");
        w.AssertClean();
    }

    [Fact]
    public async Task Running_a_scenario_shows_progress_then_its_curves_and_table()
    {
        var w = await browser.NewPage();
        await w.Page.GotoAsync(browser.BaseUrl + "/stress");
        var first = await w.Page.Locator("#scenario-select option:nth-child(2)").GetAttributeAsync("value");
        await w.Page.SelectOptionAsync("#scenario-select", first!);
        Assert.False(string.IsNullOrWhiteSpace(await w.Page.InputValueAsync("#scenario-yaml")));
        await w.Page.FillAsync("input[name=runs]", "20");
        await w.Page.ClickAsync("#run");
        await w.Page.WaitForSelectorAsync("#simulation-chart .main-svg", new PageWaitForSelectorOptions { Timeout = 120_000 });
        Assert.True(await w.Page.Locator("#results-table tbody tr").CountAsync() > 0);
        // Bands are shown on demand: none until a line is hovered, then that line's p5 and p95 edges only.
        var bands = await w.Page.EvaluateAsync<int[]>(@"() => {
            const el = document.querySelector('#simulation-chart');
            const visible = () => el.data.filter(t => t.meta === 'band' && t.visible !== false).length;
            const before = visible();
            const line = el.data.find(t => t.showlegend);
            const k = Math.floor(line.x.length / 2);
            const drag = el.querySelector('.nsewdrag');
            const box = drag.getBoundingClientRect();
            const at = { clientX: box.left + el._fullLayout.xaxis.d2p(line.x[k]), clientY: box.top + el._fullLayout.yaxis.d2p(line.y[k]), bubbles: true };
            drag.dispatchEvent(new MouseEvent('mousemove', at));
            return [before, visible(), el.data.filter(t => t.meta === 'band').length];
        }");
        Assert.Equal(0, bands[0]);
        Assert.Equal(bands[2] > 0 ? 2 : 0, bands[1]);
        await w.Shot("stress-result");
        w.AssertClean();
    }

    [Fact]
    public async Task A_backtest_shows_its_score_and_the_observed_against_modelled_chart()
    {
        var w = await browser.NewPage();
        await w.Page.GotoAsync(browser.BaseUrl + "/stress");
        await w.Page.ClickAsync("#run-backtest");
        await w.Page.WaitForSelectorAsync("#backtest-chart .main-svg", new PageWaitForSelectorOptions { Timeout = 120_000 });
        Assert.Matches(@"^\d+ of \d+$", await w.Page.Locator("#backtest-score").InnerTextAsync());
        Assert.True(await w.Page.Locator("#backtest-events tbody tr").CountAsync() > 0);
        await w.Shot("stress-backtest");
        w.AssertClean();
    }

    [Fact]
    public async Task A_scenario_with_errors_is_shown_with_line_numbers_and_not_run()
    {
        var w = await browser.NewPage();
        await w.Page.GotoAsync(browser.BaseUrl + "/stress");
        await w.Page.FillAsync("#scenario-yaml", "name: broken\nstart: not-a-date\nhorizon_days: -1\n");
        await w.Page.ClickAsync("#run");
        await w.Page.WaitForSelectorAsync("#diagnostics");
        Assert.True(await w.Page.Locator("#diagnostics tbody tr").CountAsync() > 0);
        Assert.Equal(0, await w.Page.Locator("#simulation-chart").CountAsync());
        await w.Shot("stress-errors");
        w.AssertClean();
    }

    [Fact]
    public async Task An_uploaded_document_is_found_by_search()
    {
        var w = await browser.NewPage();
        await Upload(w, "tungsten-note.md", "# Tungsten watch\n\nChina produces 80% of the world's tungsten; the zirconolite reserves are new.\n");
        await w.Page.FillAsync("input[name=q]", "zirconolite");
        await w.Page.ClickAsync("#search-form button[type=submit]");
        await w.Page.WaitForSelectorAsync("#hits tbody tr");
        Assert.Contains("Tungsten watch", await w.Page.Locator("#hits").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await w.Page.Locator("#hits td.snippet mark").CountAsync() > 0);
        // The document page, like every other page, fits a 390 px phone.
        var href = await w.Page.Locator("#hits a").First.GetAttributeAsync("href");
        var phone = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        Assert.Equal(200, (await phone.GotoAsync(browser.BaseUrl + href))!.Status);
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= await phone.EvaluateAsync<int>("window.innerWidth"), $"{href} scrolls sideways at 390 px");
        await phone.CloseAsync();
        await w.Shot("evidence-search");
        w.AssertClean();
    }

    [Fact]
    public async Task Hostile_html_shows_as_text_and_runs_no_script()
    {
        var w = await browser.NewPage();
        const string hostile = "<html><head><title>Evil <script>window.__pwned=1;alert('title')</script><img src=x onerror=\"window.__pwned=2;alert(2)\"></title></head>" +
            "<body onload=\"alert('body')\"><h1>Gallium <img src=x onerror=\"alert(3)\"></h1><p>China produces 98% of the world's gallium. " +
            "<script>window.__pwned=4;alert('script')</script><a href=\"javascript:alert(5)\">zanzibarite</a> <svg onload=\"alert(6)\"></svg></p></body></html>";
        await Upload(w, "hostile.html", hostile);
        foreach (var path in new[] { "/evidence", "/evidence?q=zanzibarite", "/evidence?q=gallium" })
        {
            await w.Page.GotoAsync(browser.BaseUrl + path);
            Assert.Equal("undefined", await w.Page.EvaluateAsync<string>("typeof window.__pwned"));
        }
        var link = w.Page.Locator("#documents-table tr", new PageLocatorOptions { HasTextString = "Evil" }).Locator("a").First;
        await link.ClickAsync();
        await w.Page.WaitForSelectorAsync("#doc-body");
        Assert.Equal("undefined", await w.Page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Equal(0, await w.Page.Locator("main img, main svg:not(.main-svg)").CountAsync());
        await w.Shot("evidence-hostile");
        Assert.Empty(w.Dialogs);
        w.AssertClean();
    }

    private async Task Upload(WatchedPage w, string name, string content)
    {
        await w.Page.GotoAsync(browser.BaseUrl + "/evidence");
        await w.Page.SetInputFilesAsync("input[name=files]", new FilePayload { Name = name, MimeType = name.EndsWith(".html", StringComparison.Ordinal) ? "text/html" : "text/markdown", Buffer = Encoding.UTF8.GetBytes(content) });
        await w.Page.ClickAsync("#upload");
        await w.Page.WaitForSelectorAsync("#ingest-result", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.Contains(name, await w.Page.Locator("#ingest-result").InnerTextAsync(), StringComparison.Ordinal);
    }
}
