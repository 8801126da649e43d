using Chokepoint.Analysis.Leverage;
using Chokepoint.Application.Charts;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Report;
using Chokepoint.Application.Tables;
using Chokepoint.Application.Wording;
using Chokepoint.Model;
using Chokepoint.Reports;
using Chokepoint.Simulation.MonteCarlo;
using Chokepoint.Simulation.Network;
using Chokepoint.Testing;
using ScottPlot;

namespace Chokepoint.Cli.Tests;

/// <summary>Issue 13 §4, report: legends outside the data area; the share chart's mixed years and proxies said as such.</summary>
public sealed class ReportPlotTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public void Stress_test_file_draws_each_curve_in_its_own_panel_with_its_band_under_its_line_and_its_label_above()
    {
        var outcomes = Enumerable.Range(0, 8).Select(i => Outcome($"product-with-a-long-name-{i}", "USA", 0.1 * i)).ToList();
        var result = new SimulationResult("scenario", new DateOnly(2025, 1, 1), 30, 1, 1, outcomes, []);
        var chart = StressChart.Of(result);

        var figure = ChartFigures.Render(chart);

        Assert.Equal(StressChart.MaxLines, chart.Series.Count);
        var drawn = figure.Plot.GetPlottables().Where(p => p is ScottPlot.Plottables.Scatter or ScottPlot.Plottables.FillY).ToList();
        // Panel by panel: the band, then its line.
        Assert.Equal(Enumerable.Range(0, StressChart.MaxLines).SelectMany(_ => new[] { "band", "line" }), drawn.Select(p => p is ScottPlot.Plottables.Scatter ? "line" : "band"));
        var labels = figure.Plot.GetPlottables().OfType<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToList();
        Assert.Equal(chart.Series.Select(s => s.Label), labels);
        figure.Plot.GetImage(figure.WidthPx, figure.HeightPx);
        Assert.True(figure.Plot.RenderManager.LastRender.DataRect.Height >= 100 * StressChart.MaxLines, "each panel keeps at least 100 px");
    }

    [Fact]
    public void Every_report_plot_with_a_legend_puts_it_outside_the_data_area()
    {
        IReadOnlyList<string> views = ["in force now", "in force then", "full cut-off"];
        var exposures = views.Select((v, i) => new ProductExposure("car", "USA", v, 0.3 * (i + 1), "gallium")).ToList();
        var leverage = new[] { new LeverageRow("M-1", "gallium", 1e9, 1e6, 10, 1000, "trade", []) };
        var timeline = new DatasetBuilder().Item("gallium").Measure("M-1", ["gallium"]).Build();

        AssertLegendOutside(ChartFigures.Render(ExposureCharts.Products(exposures, "USA", views)), entries: 3);
        // A filled marker, the ratio-1 line and the red key.
        AssertLegendOutside(ChartFigures.Render(LeverageChart.Of(Leverage(leverage))), entries: 3);
        AssertLegendOutside(ChartFigures.Render(SharesCharts.Issuer([Share("gallium", 2024, "output", false)], "CHN")), entries: 3);
        var report = HeadlineReport.Build(timeline, Today);
        // In force, and announced.
        AssertLegendOutside(ChartFigures.Render(TimelineChart.Of(report.Timeline, timeline.Tables.Controls, Today), 1200), entries: 2);
    }

    [Fact]
    public void Share_chart_labels_carry_each_items_year_and_the_title_says_the_years_differ()
    {
        var figure = ChartFigures.Render(SharesCharts.Issuer([Share("penicillin-g", 2004, "output", false), Share("gallium", 2024, "output", false)], "CHN"));

        var labels = Labels(figure).Values;
        Assert.Contains("penicillin-g (2004)", labels);
        Assert.Contains("gallium (2024)", labels);
        Assert.Contains("years differ: 2004–2024", figure.Plot.Axes.Title.Label.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Share_chart_title_names_the_one_year_when_all_items_agree()
    {
        var title = SharesCharts.IssuerTitle([Share("gallium", 2024, "output", false), Share("germanium", 2024, "output", false)], "CHN");

        Assert.Equal("CHN share of world production, % (2024)", title);
    }

    [Fact]
    public void Share_chart_hatches_and_marks_exactly_the_proxy_bars()
    {
        var figure = ChartFigures.Render(SharesCharts.Issuer([Share("fighter-jet", 2024, "export-proxy", true), Share("gallium", 2024, "output", false),
            Share("li-ion-cell", 2023, "capacity", false)], "CHN"));

        var labels = Labels(figure);
        var bars = figure.Plot.GetPlottables().OfType<ScottPlot.Plottables.BarPlot>().Single().Bars;
        var hatched = bars.Where(b => b.FillStyle.Hatch is not null).Select(b => labels[(int)Math.Round(b.Position)]).ToList();
        Assert.Equal(["fighter-jet (2024, export share†)"], hatched);
        Assert.Contains("li-ion-cell (2023, capacity)", labels.Values);
        Assert.Contains(figure.Plot.Legend.ManualItems, i => i.LabelText.Contains("proxy, not a production share", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_share_section_marks_proxies_from_the_basis_column_and_states_the_mixed_years()
    {
        var builder = new DatasetBuilder().Produced("fighter-jet", ("CHN", 5.9), ("USA", 94.1)).Produced("penicillin-g", ("CHN", 60), ("IND", 40));
        var tables = builder.Tables();
        var dataset = new Dataset(tables with
        {
            Production = tables.Production.Select(p => p.Item == "fighter-jet" ? p with { Basis = "export-proxy" } : p with { Year = 2004 }).ToList(),
        });

        var report = HeadlineReport.Build(dataset, Today);
        var html = HeadlineSections.Build(report, dataset).Single(s => s.Title.Contains("share of world production", StringComparison.Ordinal)).Html;

        Assert.Contains("the years differ (2004–2024)", html, StringComparison.Ordinal);
        Assert.Contains("<td>export share†</td>", html, StringComparison.Ordinal);
        Assert.Contains("† export share: share of world exports standing in for production", html, StringComparison.Ordinal);
        Assert.Contains("<td>production</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Share_footnote_is_empty_when_every_share_measures_output()
    {
        Assert.Equal("", ShareLabels.Footnote([("output", false), ("output", false)]));
    }

    [Fact]
    public void Leverage_labels_never_cover_one_another_and_pairs_on_one_point_share_a_label()
    {
        var rows = Enumerable.Range(0, 14).Select(i => new LeverageRow($"M-{i % 3}", $"item-{i}", 1e6 * Math.Pow(1.6, i), 1e5, null, 10 * Math.Pow(1.6, i), "trade", []))
            .Append(new LeverageRow("M-9", "dysprosium-oxide", 5e6, 2e5, null, 25, "trade", []))
            .Append(new LeverageRow("M-9", "terbium-oxide", 5e6, 2e5, null, 25, "trade", [])).ToList();

        var figure = ChartFigures.Render(LeverageChart.Of(Leverage(rows)));

        figure.Plot.GetImage(figure.WidthPx, figure.HeightPx);
        var all = figure.Plot.GetPlottables().OfType<ScottPlot.Plottables.Text>().ToList();
        Assert.Equal(15, all.Count);
        Assert.Contains(all, t => t.LabelText == "dysprosium-oxide, terbium-oxide (M-9)");
        var texts = all.Where(t => t.IsVisible).ToList();
        using var paint = Paint.NewDisposablePaint();
        var area = figure.Plot.RenderManager.LastRender.DataRect;
        var boxes = texts.Select(t =>
        {
            var at = figure.Plot.GetPixel(t.Location);
            var size = t.LabelStyle.Measure(paint).Size;
            return new PixelRect(at.X + t.LabelOffsetX, at.X + t.LabelOffsetX + size.Width, at.Y + t.LabelOffsetY + size.Height, at.Y + t.LabelOffsetY);
        }).ToList();
        Assert.True(boxes.Count >= 10, $"{boxes.Count} labels shown");
        for (var i = 0; i < boxes.Count; i++)
        {
            Assert.True(boxes[i].Left >= area.Left && boxes[i].Right <= area.Right && boxes[i].Top >= area.Top && boxes[i].Bottom <= area.Bottom, $"label {i} leaves the data area");
            for (var j = i + 1; j < boxes.Count; j++)
                Assert.False(boxes[i].Left < boxes[j].Right && boxes[j].Left < boxes[i].Right && boxes[i].Top < boxes[j].Bottom && boxes[j].Top < boxes[i].Bottom,
                    $"labels '{texts[i].LabelText}' and '{texts[j].LabelText}' overlap");
        }
    }

    /// <summary>An answer on the trade-value basis: the rows' own figures, exact ratios.</summary>
    private static LeverageAnswer Leverage(IReadOnlyList<LeverageRow> rows) =>
        new(rows, "CHN", "USA", Today, null, "measures of CHN in force on 2025-06-01", null, [], new Table("Leverage of CHN over USA; trade value, computed, US$ a year"))
        {
            ValueBasis = LeverageBasis.TradeValue,
            Values = rows.Select(r => new LeverageValue(LeverageBasis.TradeValue, r.TargetLossUsd, r.IssuerForgoneUsd, 0, r.Ratio, "exact", [], [])).ToList(),
        };

    private static void AssertLegendOutside(Figure figure, int entries)
    {
        Assert.False(figure.Plot.Legend.IsVisible);
        Assert.Single(figure.Plot.Axes.GetPanels().OfType<ScottPlot.Panels.LegendPanel>());
        Assert.Equal(entries, figure.Plot.Legend.GetItems().Count(i => !string.IsNullOrEmpty(i.LabelText)));
        // The figure grows with the legend: the data area keeps at least 400 px of height.
        figure.Plot.GetImage(figure.WidthPx, figure.HeightPx);
        Assert.True(figure.Plot.RenderManager.LastRender.DataRect.Height >= 400,
            $"data area {figure.Plot.RenderManager.LastRender.DataRect.Height} px high");
    }

    private static Dictionary<int, string> Labels(Figure figure)
    {
        figure.Plot.GetImage(figure.WidthPx, figure.HeightPx); // ticks are generated on render
        return figure.Plot.Axes.Left.TickGenerator.Ticks.ToDictionary(t => (int)Math.Round(t.Position), t => t.Label);
    }

    private static ItemShare Share(string item, int year, string basis, bool proxy) =>
        new(item, "refined", "test", year, 50, "test", Confidence.Medium, basis, proxy);

    private static NodeOutcome Outcome(string item, string country, double low)
    {
        var series = Enumerable.Range(0, 30).Select(t => t < 10 ? 1.0 : low).ToList();
        var none = Stat.Of(null);
        var band = series.Select(v => v * 0.9).ToList();
        return new NodeOutcome(new NodeLabel(item, country, NodeLabel.DemandKind), Stat.Of(10), none, Stat.Of(50), Stat.Of(low), series, band, series);
    }
}
