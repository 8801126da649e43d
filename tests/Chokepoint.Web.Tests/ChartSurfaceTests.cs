using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chokepoint.Application.Charts;
using Chokepoint.Application.Report;
using Chokepoint.Reports;
using Chokepoint.Testing;
using Chokepoint.Application.Wording;
using Chokepoint.Web.Api;
using Chokepoint.Web.Hosting;
using Chokepoint.Web.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace Chokepoint.Web.Tests;

/// <summary>
/// Issue 20 §1: one chart model rendered by ScottPlot for files and by plotly for the web — regression: the two surfaces
/// built their charts apart, with different titles, labels and series (the stress chart listed buyers differently).
/// </summary>
public sealed class ChartSurfaceTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public void One_stress_chart_gives_the_file_and_the_web_the_same_title_labels_and_curves()
    {
        var chart = StressChart.Of(new OutcomeBuilder().Node("car", "USA", "demand", 0.5).Node("car", "DEU", "demand", 0.5).Node("drone", "USA", "product", 0.2).Build());
        using var dir = new TempDir();

        var files = ChartFigures.WriteBoth(chart, dir.Path, "curves");
        var svg = File.ReadAllText(Path.Combine(dir.Path, "curves.svg"));
        var spec = JsonDocument.Parse(PlotlyCharts.Spec(chart)).RootElement;

        Assert.Equal(["curves.png", "curves.svg"], files);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(Path.Combine(dir.Path, "curves.png")).Take(4).ToArray());
        foreach (var label in chart.Series.Select(s => s.Label)) Assert.Contains(WebUtility.HtmlEncode(label), svg, StringComparison.Ordinal);
        Assert.Equal(chart.Title, Title(spec));
        Assert.Equal(chart.LegendLabels, Legend(spec));
        // The web's lines carry the same values as the model's points.
        var web = spec.GetProperty("data").EnumerateArray().Where(t => t.GetProperty("showlegend").GetBoolean()).ToList();
        Assert.Equal(chart.Series.Select(s => s.Points.Select(p => p.Y)), web.Select(t => t.GetProperty("y").EnumerateArray().Select(y => y.GetDouble())));
    }

    [Fact]
    public void Bands_shown_on_demand_are_hidden_on_the_web_until_the_line_is_hovered_and_always_drawn_otherwise()
    {
        var stress = StressChart.Of(new OutcomeBuilder().Node("car", "USA", "demand", 0.5).Node("drone", "USA", "demand", 0.2).Build());
        var always = stress with { Bands = BandDisplay.Always };

        var hidden = Bands(JsonDocument.Parse(PlotlyCharts.Spec(stress)).RootElement);
        var shown = Bands(JsonDocument.Parse(PlotlyCharts.Spec(always)).RootElement);

        Assert.Equal(4, hidden.Count);
        Assert.All(hidden, b => Assert.False(b.GetProperty("visible").GetBoolean()));
        Assert.All(shown, b => Assert.False(b.TryGetProperty("visible", out _)));
        var line = JsonDocument.Parse(PlotlyCharts.Spec(stress)).RootElement.GetProperty("data").EnumerateArray().First(t => t.GetProperty("showlegend").GetBoolean());
        Assert.Contains("p5–p95", line.GetProperty("hovertemplate").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_chart_says_so_on_both_surfaces()
    {
        var chart = StressChart.Of(new OutcomeBuilder().Node("car", "USA", "demand", 1.0, spread: 0).Build("calm"));

        var figure = ChartFigures.Render(chart);
        var spec = JsonDocument.Parse(PlotlyCharts.Spec(chart)).RootElement;

        Assert.Contains(figure.Plot.GetPlottables().OfType<ScottPlot.Plottables.Annotation>(), a => a.Text == chart.EmptyText);
        Assert.Equal(chart.EmptyText, spec.GetProperty("layout").GetProperty("annotations")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_overview_draws_the_very_charts_the_report_writes_as_png()
    {
        const string day = "2025-12-01";
        var dataset = factory.Services.GetRequiredService<DatasetHolder>().Dataset;
        var expected = ReportCharts.Headline(HeadlineReport.Build(dataset, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), dataset.Tables.Controls);

        var html = await factory.CreateClient().GetStringAsync($"/?as_of={day}");

        Assert.Contains(expected, c => c.Stem == ReportCharts.Timeline);
        foreach (var (stem, chart) in expected)
        {
            var match = Regex.Match(html, $"id=\"chart-{stem}\" data-chart=\"([^\"]*)\"");
            Assert.True(match.Success, $"the overview lacks the chart {stem}");
            var spec = JsonDocument.Parse(WebUtility.HtmlDecode(match.Groups[1].Value)).RootElement;
            Assert.Equal(chart.Title, Title(spec));
            Assert.Equal(chart.LegendLabels, Legend(spec));
            var file = ChartFigures.Render(chart);
            Assert.Equal(chart.LegendLabels, file.Plot.Legend.ManualItems.Select(i => i.LabelText));
            var axis = chart.Y.Scale == AxisScale.Category ? "yaxis" : "xaxis";
            var categories = chart.Y.Scale == AxisScale.Category ? chart.Y.Categories : chart.X.Categories;
            if (categories.Count > 0)
                Assert.Equal(categories, spec.GetProperty("layout").GetProperty(axis).GetProperty("categoryarray").EnumerateArray().Select(c => c.GetString()));
        }
    }

    [Theory]
    [InlineData("CHN", "USA", "as_of=2025-06-01", "value-added")]
    [InlineData("USA", "CHN", "scenario=us-chip-controls-2025", "trade-value")]
    public async Task The_leverage_page_the_file_and_the_api_take_one_chart_with_the_tables_figures(string issuer, string target, string when, string basis)
    {
        var query = $"issuer={issuer}&target={target}&{when}&basis={basis}";
        var html = await factory.CreateClient().GetStringAsync("/leverage?" + query);
        var api = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v1/leverage?" + query)).RootElement.EnumerateArray().ToList();
        var parts = when.Split('=');
        var answer = factory.Services.GetRequiredService<AnalysisQueries>().Leverage(issuer, target, parts[0] == "as_of" ? parts[1] : null, parts[0] == "scenario" ? parts[1] : null, basis);
        var chart = LeverageChart.Of(answer);

        var match = Regex.Match(html, "id=\"leverage-chart\" data-chart=\"([^\"]*)\"");
        Assert.True(match.Success, "the leverage page lacks its chart");
        var page = WebUtility.HtmlDecode(match.Groups[1].Value);
        Assert.Equal(PlotlyCharts.Spec(chart), page);
        var spec = JsonDocument.Parse(page).RootElement;
        Assert.Equal(chart.Title, Title(spec));
        Assert.Equal(chart.LegendLabels, Legend(spec));
        Assert.Equal(chart.LegendLabels, ChartFigures.Render(chart).Plot.Legend.ManualItems.Select(i => i.LabelText));
        Assert.Contains(LeverageNotes.BasisName(basis), chart.X.Label, StringComparison.Ordinal);
        // Every point is a row of the API (and of the table) on the chosen basis: its target loss against its net loss.
        var points = chart.Series.Where(s => s.Kind == SeriesKind.Markers).SelectMany(s => s.Points).ToList();
        Assert.NotEmpty(points);
        foreach (var p in points)
            Assert.Contains(api, r => r.GetProperty("basis").GetString() == basis && Close(r.GetProperty("target_loss_usd").GetDouble(), p.Y) && Close(r.GetProperty("issuer_net_usd").GetDouble(), p.X));
        var drawable = api.Count(r => r.GetProperty("target_loss_usd").GetDouble() > 0 && r.GetProperty("issuer_net_usd").GetDouble() > 0);
        Assert.Equal(drawable, points.Sum(p => p.Hover!.Split("; ").Length));
        var web = spec.GetProperty("data").EnumerateArray().Where(t => t.GetProperty("mode").GetString()!.StartsWith("markers", StringComparison.Ordinal)).ToList();
        Assert.Equal(points.Select(p => Math.Round(p.Y, 6)).Order(), web.SelectMany(t => t.GetProperty("y").EnumerateArray().Where(y => y.ValueKind == JsonValueKind.Number).Select(y => y.GetDouble())).Order());
    }

    // The API rounds to the dollar.
    private static bool Close(double rounded, double exact) => Math.Abs(rounded - exact) <= 0.5 + (1e-9 * Math.Abs(exact));

    private static string Title(JsonElement spec) =>
        spec.GetProperty("layout").GetProperty("title").GetProperty("text").GetString()!.Replace("<br>", " ", StringComparison.Ordinal);

    private static List<string> Legend(JsonElement spec) =>
        spec.GetProperty("data").EnumerateArray().Where(t => t.GetProperty("showlegend").GetBoolean()).Select(t => t.GetProperty("name").GetString()!).ToList();

    private static List<JsonElement> Bands(JsonElement spec) =>
        spec.GetProperty("data").EnumerateArray().Where(t => t.TryGetProperty("meta", out var m) && m.GetString() == "band").ToList();
}
