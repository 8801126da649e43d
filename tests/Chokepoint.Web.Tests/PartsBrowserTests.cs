using System.Text;
using Microsoft.Playwright;

namespace Chokepoint.Web.Tests;

/// <summary>Issue 22 in the browser: screen an uploaded parts list and download the results, track a licence application, see what changed.</summary>
public sealed class PartsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Parts = PartsLists.Sample;

    private static FilePayload File(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    [Fact]
    public async Task An_uploaded_parts_list_is_screened_on_the_page_and_downloads_as_excel()
    {
        var w = await browser.NewPage();
        await w.Page.GotoAsync(browser.BaseUrl + "/screen");
        await w.Page.SetInputFilesAsync("input[name=parts]", File("parts.csv", Parts));
        await w.Page.FillAsync("input[name=destination]", "USA");
        await w.Page.FillAsync("input[name=as_of]", "2025-10-20");
        await w.Page.ClickAsync("#screen");
        await w.Page.WaitForSelectorAsync("#screen-result");
        var row = w.Page.Locator("#screen-result tbody tr", new() { HasText = "MAG-1" });
        Assert.Contains("controlled", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("CHN-MOFCOM-2025-18", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("not-in-dataset", await w.Page.Locator("#screen-result tbody tr", new() { HasText = "PUMP-9" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await w.Page.Locator("#screen-measures a[href='/controls/CHN-MOFCOM-2025-18']").CountAsync());
        await w.Shot("screen");

        await w.Page.SetInputFilesAsync("input[name=parts]", File("parts.csv", Parts));
        await w.Page.SelectOptionAsync("#screen-output", "xlsx");
        var download = await w.Page.RunAndWaitForDownloadAsync(() => w.Page.ClickAsync("#screen"));
        Assert.Equal("screen.xlsx", download.SuggestedFilename);
        using var dir = new Chokepoint.Testing.TempDir();
        var saved = Path.Combine(dir.Path, "screen.xlsx");
        await download.SaveAsAsync(saved);
        Assert.Equal(["results", "measures"], MiniExcelLibs.MiniExcel.GetSheetNames(saved));
        var rows = MiniExcelLibs.MiniExcel.Query(saved, useHeaderRow: true, sheetName: "results").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["MAG-1", "MAG-2", "GA-1", "PUMP-9"], rows.Select(r => r["part"]?.ToString() ?? "").ToArray());
        Assert.Equal("controlled", rows[0]["verdict"]);
        Assert.Equal("not-in-dataset", rows[3]["verdict"]);
        w.AssertClean();
    }

    [Fact]
    public async Task A_parts_list_with_a_bad_origin_is_refused_with_its_row_and_column()
    {
        var w = await browser.NewPage();
        await w.Page.GotoAsync(browser.BaseUrl + "/screen");
        await w.Page.SetInputFilesAsync("input[name=parts]", File("bad.csv", "part,code,origin\nX-1,850511,XXX\n"));
        await w.Page.FillAsync("input[name=destination]", "USA");
        await w.Page.ClickAsync("#screen");
        var error = await w.Page.Locator("#screen-error").InnerTextAsync();
        Assert.Contains("row 2, column 'origin' (3)", error, StringComparison.Ordinal);
        Assert.Contains("XXX", error, StringComparison.Ordinal);
        w.AssertClean();
    }

    [Fact]
    public async Task A_licence_application_added_on_the_page_shows_its_decision_date_and_takes_a_new_status()
    {
        var w = await browser.NewPage();
        await w.Page.GotoAsync(browser.BaseUrl + "/licences");
        await w.Page.FillAsync("input[name=item]", "ndfeb-magnet-dy");
        await w.Page.FillAsync("input[name=destination]", "DEU");
        await w.Page.FillAsync("input[name=filed]", "2025-09-26");
        await w.Page.FillAsync("input[name=stock_days]", "60");
        await w.Page.ClickAsync("#add-licence");
        await w.Page.WaitForURLAsync("**/licences");
        // Hand-counted across National Day 2025 (see LicenceCliTests): 45 working days after 2025-09-26 is 2025-12-04; 60 days of stock end on 2025-11-25.
        var row = w.Page.Locator("#licences-table tbody tr", new() { HasText = "ndfeb-magnet-dy" }).Last;
        var text = await row.InnerTextAsync();
        Assert.Contains("2025-12-04", text, StringComparison.Ordinal);
        Assert.Contains("2025-11-25", text, StringComparison.Ordinal);
        Assert.EndsWith("yes", text.TrimEnd(), StringComparison.Ordinal);
        var id = (await row.Locator("td").First.InnerTextAsync()).Trim();
        await w.Page.SelectOptionAsync("select[name=id]", id);
        await w.Page.SelectOptionAsync("select[name=status]", "approved");
        await w.Page.ClickAsync("#update-status");
        await w.Page.WaitForURLAsync("**/licences");
        var updated = await w.Page.Locator("#licences-table tbody tr", new() { HasText = "ndfeb-magnet-dy" }).Last.InnerTextAsync();
        Assert.Contains("approved", updated, StringComparison.Ordinal);
        Assert.EndsWith("no", updated.TrimEnd(), StringComparison.Ordinal);
        await w.Shot("licences");
        w.AssertClean();
    }

    [Fact]
    public async Task The_changes_page_lists_the_october_2025_announcements_and_the_parts_whose_status_changed()
    {
        var w = await browser.NewPage();
        await w.Page.GotoAsync(browser.BaseUrl + "/changes?since=2025-10-01&until=2025-11-30");
        var measures = w.Page.Locator("#changes-table tbody tr", new() { HasText = "CHN-MOFCOM-2025-61" });
        Assert.True(await measures.CountAsync() >= 1);
        await w.Page.SetInputFilesAsync("input[name=parts]", File("parts.csv", Parts));
        await w.Page.FillAsync("#changes-parts-form input[name=destination]", "USA");
        await w.Page.ClickAsync("#changes-parts");
        await w.Page.WaitForSelectorAsync("#parts-changed");
        Assert.Equal("2025-10-01", await w.Page.InputValueAsync("#changes-form input[name=since]"));
        await w.Shot("changes");
        w.AssertClean();
    }

    [Fact]
    public async Task The_registry_page_looks_up_an_eccn_and_says_which_code_system_matched()
    {
        var w = await browser.NewPage();
        await w.Page.GotoAsync(browser.BaseUrl + "/controls?as_of=2025-10-20&code=3A090");
        Assert.Contains("eccn 3A090", await w.Page.Locator("#code-match").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await w.Page.Locator("#controls-table a", new() { HasText = "USA-BIS-2022-10-07" }).CountAsync());
        Assert.Equal(0, await w.Page.Locator("#controls-table a", new() { HasText = "CHN-MOFCOM-2025-18" }).CountAsync());
        w.AssertClean();
    }

    [Fact]
    public async Task The_screen_result_does_not_scroll_sideways_on_a_390_pixel_phone()
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await page.GotoAsync(browser.BaseUrl + "/screen");
        await page.SetInputFilesAsync("input[name=parts]", File("parts.csv", Parts));
        await page.FillAsync("input[name=destination]", "USA");
        await page.FillAsync("input[name=as_of]", "2025-10-20");
        await page.ClickAsync("#screen");
        await page.WaitForSelectorAsync("#screen-result");
        var (scroll, inner) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("window.innerWidth"));
        Assert.True(scroll <= inner, $"the screen result is {scroll} px wide in a {inner} px window");
        await page.CloseAsync();
    }
}
