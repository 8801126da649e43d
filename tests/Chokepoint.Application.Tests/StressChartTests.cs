using Chokepoint.Application.Charts;
using Chokepoint.Testing;

namespace Chokepoint.Application.Tests;

/// <summary>Issue 20 §3: the stress chart is readable — top products as lines, identical curves merged, bands on demand, nothing drawn for nodes that lose nothing.</summary>
public sealed class StressChartTests
{
    [Fact]
    public void Nodes_with_the_same_curve_share_one_line_whose_label_names_every_item_and_country()
    {
        var result = new OutcomeBuilder()
            .Node("car", "USA", "demand", 0.5).Node("car", "DEU", "demand", 0.5).Node("car", "USA", "product", 0.5)
            .Node("van", "USA", "demand", 0.5).Node("drone", "USA", "demand", 0.2)
            .Build();

        var chart = StressChart.Of(result);

        Assert.Equal(["drone (bought by USA)", "car, van (bought by USA, DEU; made in USA)"], chart.Series.Select(s => s.Label));
    }

    [Fact]
    public void Nodes_that_never_lose_output_are_not_drawn_and_an_empty_chart_says_why()
    {
        var result = new OutcomeBuilder().Node("car", "USA", "demand", 1.0, spread: 0).Node("van", "USA", "demand", 0.9).Build("cut-off");

        var chart = StressChart.Of(result);
        var none = StressChart.Of(new OutcomeBuilder().Node("car", "USA", "demand", 1.0, spread: 0).Build("cut-off"));

        Assert.Equal(["van (bought by USA)"], chart.Series.Select(s => s.Label));
        Assert.True(none.IsEmpty);
        Assert.Equal("No product loses output under cut-off within 30 days", none.EmptyText);
    }

    [Fact]
    public void At_most_six_lines_are_drawn_worst_first_each_with_its_band_shown_on_demand()
    {
        var builder = new OutcomeBuilder();
        for (var i = 0; i < 9; i++) builder.Node($"item-{i}", "USA", "demand", 0.1 * i);

        var chart = StressChart.Of(builder.Build());

        Assert.Equal(StressChart.MaxLines, chart.Series.Count);
        Assert.Equal(Enumerable.Range(0, StressChart.MaxLines).Select(i => $"item-{i} (bought by USA)"), chart.Series.Select(s => s.Label));
        Assert.All(chart.Series, s => Assert.True(s.HasBand));
        Assert.Equal(BandDisplay.OnDemand, chart.Bands);
        Assert.Equal(StressChart.MaxLines, chart.Series.Select(s => s.Color).Distinct().Count());
    }

    [Fact]
    public void A_label_of_many_buyers_names_four_countries_and_counts_the_rest()
    {
        var builder = new OutcomeBuilder();
        foreach (var c in new[] { "USA", "DEU", "FRA", "ITA", "ESP", "POL" }) builder.Node("car", c, "demand", 0.5);

        var chart = StressChart.Of(builder.Build());

        Assert.Equal("car (bought by USA, DEU, FRA, ITA, +2 more)", chart.Series.Single().Label);
    }

    [Fact]
    public void Points_are_dated_from_the_start_and_carry_the_p5_and_p95()
    {
        var result = new OutcomeBuilder { Days = 5 }.Node("car", "USA", "demand", 0.5, dropDay: 2, spread: 0.1).Build();

        var line = StressChart.Of(result).Series.Single();

        Assert.Equal(new DateOnly(2025, 1, 3), ChartPoint.DateAt(line.Points[2].X));
        Assert.Equal(0.4, line.Points[2].Low!.Value, 9);
        Assert.Equal(0.6, line.Points[2].High!.Value, 9);
    }

    [Fact]
    public void A_long_title_breaks_at_spaces_into_lines_no_longer_than_asked_and_keeps_every_word()
    {
        var chart = new Chart("Chinese APIs and starting materials to India stop: output of the worst-hit products, computed",
            new Axis("x"), new Axis("y"), []);

        var lines = chart.TitleLines(40);

        Assert.All(lines, l => Assert.True(l.Length <= 40, l));
        Assert.Equal(chart.Title, string.Join(" ", lines));
        Assert.Equal(["one"], new Chart("one", new Axis("x"), new Axis("y"), []).TitleLines(40));
    }
}
