using System.Net;
using Chokepoint.Application;
using Chokepoint.Application.Inputs;
using Chokepoint.Application.Report;
using Chokepoint.Web.Api;
using Chokepoint.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Chokepoint.Web.Tests;

/// <summary>
/// Issue 20 §1: the report is one composed object and the overview shows all of it — regression: the overview lacked the
/// stress test and "What helps" (Monte Carlo) and the chokepoint tables that 'chokepoint report' prints.
/// </summary>
public sealed class OverviewReportTests(ReportWebFactory factory) : IClassFixture<ReportWebFactory>
{
    private const string Day = "2025-12-01";

    [Fact]
    public async Task The_overview_shows_every_table_of_the_composed_report_with_the_same_rows_once_the_runs_are_done()
    {
        var client = factory.CreateClient();
        var simulations = factory.Services.GetRequiredService<ReportSimulations>();
        await simulations.Start().WaitAsync(TimeSpan.FromMinutes(10));
        var session = new Session(factory.Services.GetRequiredService<DatasetHolder>().Dataset, new DateOnly(2026, 1, 1), Surface.Web);
        var expected = ReportHandler.Build(session, Day, simulations.Options);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/?as_of={Day}"));
        var shown = html[html.IndexOf("id=\"report-tables\"", StringComparison.Ordinal)..];

        Assert.NotNull(expected.StressTest);
        Assert.NotNull(expected.WhatHelps);
        Assert.DoesNotContain("id=\"simulations-state\"", html, StringComparison.Ordinal);
        var at = 0;
        foreach (var table in expected.Tables.Skip(1))
        {
            // In the CLI's order, each title, then every cell of every row.
            at = shown.IndexOf($"<h3>{table.Title}</h3>", at, StringComparison.Ordinal);
            Assert.True(at >= 0, $"missing or out of order: {table.Title}");
            foreach (var row in table.Rows)
                foreach (var cell in row.Where(c => c.Length > 0))
                    Assert.Contains($">{cell}<", shown, StringComparison.Ordinal);
        }
        Assert.Contains(expected.StressTest!.Table.Title, shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_started_without_the_runs_says_where_the_sections_are_instead_of_leaving_them_out_silently()
    {
        using var off = new WebFactory();
        var html = WebUtility.HtmlDecode(await off.CreateClient().GetStringAsync($"/?as_of={Day}"));

        Assert.Contains("id=\"simulations-state\"", html, StringComparison.Ordinal);
        Assert.Contains("'chokepoint report' computes them", html, StringComparison.Ordinal);
        Assert.Contains("Leverage", html, StringComparison.Ordinal);
    }
}
