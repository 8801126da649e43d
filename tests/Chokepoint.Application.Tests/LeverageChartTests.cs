using Chokepoint.Analysis.Leverage;
using Chokepoint.Application.Charts;
using Chokepoint.Application.Handlers;
using Chokepoint.Application.Tables;

namespace Chokepoint.Application.Tests;

/// <summary>
/// Issue 20 §1: the leverage scatter is built once from the leverage handler's answer — regression: the report and the
/// web drew it apart, in gross terms while the table was on value added, with different labels and zeros.
/// </summary>
public sealed class LeverageChartTests
{
    [Fact]
    public void Chart_takes_the_tables_title_basis_and_figures_and_says_which_rows_it_leaves_off()
    {
        var answer = Answer(
            (new LeverageRow("M1", "a", 2e9, 1e6, 10, 2000, "trade", []), new LeverageValue(LeverageBasis.ValueAdded, 4e8, 2e5, 5e4, 4e8 / 1.5e5, "approximate", [], [])),
            (new LeverageRow("M2", "c", 3e7, 0, 5, null, "trade", []), new LeverageValue(LeverageBasis.ValueAdded, 6e6, 0, 0, null, "exact", [], [])),
            (new LeverageRow("M3", "z", 0, 0, null, null, "none", []), new LeverageValue(LeverageBasis.ValueAdded, 0, 0, 0, null, "exact", [], [])));

        var chart = LeverageChart.Of(answer);

        Assert.StartsWith(answer.Table.Title, chart.Title, StringComparison.Ordinal);
        Assert.Contains("1 row(s) of the table not drawn", chart.Title, StringComparison.Ordinal);
        Assert.Contains("value added", chart.X.Label, StringComparison.Ordinal);
        Assert.Contains("value added", chart.Y.Label, StringComparison.Ordinal);
        var point = Assert.Single(chart.Series.Where(s => s.Kind == SeriesKind.Markers).SelectMany(s => s.Points));
        // x is the issuer's net loss (forgone less windfall): above the ratio-1 line exactly when the table's ratio is above 1.
        Assert.Equal((1.5e5, 4e8), (point.X, point.Y));
        Assert.Equal("a (M1)", point.Text);
        Assert.Equal(ChartColors.Red, point.Color);
        Assert.Contains("target loss $400,000,000, issuer forgone $200,000, windfall $50,000, ratio ~ 2,666.7", point.Hover, StringComparison.Ordinal);
        Assert.Equal(["~ ratio approximate", LeverageChart.ParityLabel, "red: damage above cost (ratio above 1)"], chart.LegendLabels);
    }

    [Fact]
    public void Pairs_on_one_point_share_it_upper_bounds_are_open_and_the_axes_span_whole_decades()
    {
        var answer = Answer(
            (new LeverageRow("M1", "a", 2e9, 1e6, 10, 2000, "trade", []), Value(2e9, 1e6, "exact")),
            (new LeverageRow("M3", "a", 2e9, 1e6, 10, 2000, "trade", []), Value(2e9, 1e6, "exact")),
            (new LeverageRow("M1", "b", 5e2, 1e3, null, 0.5, "unit_value", []) { RatioIsUpperBound = true }, Value(5e2, 1e3, "upper")));

        var chart = LeverageChart.Of(answer);

        var exact = chart.Series.Single(s => s.Label == "exact ratio");
        var shared = Assert.Single(exact.Points);
        Assert.Equal("a (2 measures)", shared.Text);
        Assert.Contains("M1: a", shared.Hover, StringComparison.Ordinal);
        Assert.Contains("M3: a", shared.Hover, StringComparison.Ordinal);
        var open = chart.Series.Single(s => s.Marker == PointMarker.OpenCircle);
        Assert.Equal(ChartColors.Blue, Assert.Single(open.Points).Color);
        Assert.Equal([ChartColors.Red, ChartColors.Blue], chart.Keys.Select(k => k.Color));
        Assert.Equal((AxisScale.Log, AxisScale.Log), (chart.X.Scale, chart.Y.Scale));
        Assert.Equal((100.0, 1e7), (chart.X.Min, chart.X.Max));
        Assert.Equal((10.0, 1e11), (chart.Y.Min, chart.Y.Max));
        var parity = chart.Series.Single(s => s.Label == LeverageChart.ParityLabel);
        Assert.True(parity.Dashed);
        Assert.All(parity.Points, p => Assert.Equal(p.X, p.Y));
    }

    [Fact]
    public void A_table_with_nothing_to_draw_gives_an_empty_chart_that_says_why()
    {
        var answer = Answer((new LeverageRow("M2", "c", 3e7, 0, 5, null, "trade", []), Value(3e7, 0, "exact")));

        var chart = LeverageChart.Of(answer);

        Assert.True(chart.IsEmpty);
        Assert.Contains("nothing to draw on log scales", chart.EmptyText, StringComparison.Ordinal);
    }

    private static LeverageValue Value(double target, double forgone, string bound) =>
        new(LeverageBasis.TradeValue, target, forgone, 0, forgone > 0 ? target / forgone : null, bound, [], []);

    private static LeverageAnswer Answer(params (LeverageRow Row, LeverageValue Value)[] pairs) =>
        new(pairs.Select(p => p.Row).ToList(), "CHN", "USA", new DateOnly(2025, 6, 1), null, "measures of CHN in force on 2025-06-01", null, [],
            new Table($"Leverage of CHN over USA (measures of CHN in force on 2025-06-01); {(pairs[0].Value.Basis == LeverageBasis.ValueAdded ? "value added" : "trade value")}, computed, US$ a year"))
        {
            ValueBasis = pairs[0].Value.Basis,
            Values = pairs.Select(p => p.Value).ToList(),
        };
}
