namespace Chokepoint.Simulation.Tests;

/// <summary>
/// Issue 17 §5: dated capacity projects of expansion.csv add to unrestricted producers' headroom in the stress test from
/// the day their output starts. Chain: m 60% CHN (ban to the USA), 40% AUS; world output 1,000 t a year; p needs 1 m.
/// </summary>
public sealed class CapacityProjectTests
{
    private const double Tol = 1e-6; // the series are stored as float
    private static readonly DateOnly Online = Chain.Start.AddDays(60);

    private static Testing.DatasetBuilder Builder() =>
        Chain.Builder(("CHN", 60), ("AUS", 40)).Quantity("m", "CHN", 600).Quantity("m", "AUS", 400).WithMeasure();

    [Fact]
    public void A_project_outside_the_issuer_refills_the_buyer_from_the_day_its_output_starts()
    {
        // 600 t a year is 60% of world output: enough for the USA's 0.6 a day lost, from day 60 on.
        var data = Builder().Project("m", "AUS", 600, Online).Build();

        var p = Chain.Run(data, Chain.Scenario(120, "M")).Node("p", kind: "product");

        Assert.Equal(50, p.TtsDays.Median);  // 30 days of stock against 0.6 a day lost
        for (var t = 50; t < 60; t++) Assert.True(Math.Abs(0.4 - p.Series[t]) < Tol, $"day {t}: {p.Series[t]}");
        for (var t = 60; t < 120; t++) Assert.True(Math.Abs(1.0 - p.Series[t]) < Tol, $"day {t}: {p.Series[t]}");
    }

    [Fact]
    public void A_project_adds_its_fraction_of_world_output_to_the_items_modelled_use()
    {
        // 100 t a year = 10% of world output, against modelled use of 1,000/365 a day: 0.274 a day for 0.6 lost.
        var data = Builder().Project("m", "AUS", 100, Online).Build();

        var p = Chain.Run(data, Chain.Scenario(120, "M")).Node("p", kind: "product");

        var expected = 0.4 + (0.1 * 1000 / 365.0);
        for (var t = 60; t < 120; t++) Assert.True(Math.Abs(expected - p.Series[t]) < 1e-6, $"day {t}: {p.Series[t]} vs {expected}");
    }

    [Fact]
    public void A_project_in_the_issuing_country_adds_nothing()
    {
        var data = Builder().Project("m", "CHN", 600, Online).Build();

        var p = Chain.Run(data, Chain.Scenario(120, "M")).Node("p", kind: "product");

        for (var t = 60; t < 120; t++) Assert.True(Math.Abs(0.4 - p.Series[t]) < Tol, $"day {t}: {p.Series[t]}");
    }

    [Fact]
    public void Without_a_world_output_quantity_a_project_is_not_used_and_the_run_says_so()
    {
        var data = Chain.Builder(("CHN", 60), ("AUS", 40)).WithMeasure().Project("m", "AUS", 600, Online).Build();

        var r = Chain.Run(data, Chain.Scenario(120, "M"));

        Assert.True(Math.Abs(0.4 - r.Node("p", kind: "product").Series[90]) < Tol, $"day 90: {r.Node("p", kind: "product").Series[90]}; notes: {string.Join(" / ", r.Notes)}");
        Assert.Contains(r.Notes, n => n.Contains("m: expansion.csv projects not used", StringComparison.Ordinal));
    }
}
