using Chokepoint.Data.Diagnostics;
using Chokepoint.Model;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Tests;

public sealed class ScenarioParserTests
{
    private static readonly Dataset Data = Chain.Builder().WithMeasure().Build();

    private static (Scenario? Scenario, DiagnosticBag Diagnostics) Parse(string yaml)
    {
        var d = new DiagnosticBag();
        return (ScenarioParser.Parse("s.yaml", yaml, Data, d), d);
    }

    [Fact]
    public void An_unknown_measure_whose_id_begins_a_known_one_names_it()
    {
        var (s, d) = Parse("name: X\nstart: 2025-01-01\nmeasures: [M-OLD]\n");

        Assert.Null(s);
        Assert.Contains(d.Items, x => x.Severity == Severity.Error && x.Message.Contains("unknown measure 'M-OLD'", StringComparison.Ordinal) && x.Message.Contains("did you mean 'M'?", StringComparison.Ordinal));
    }

    [Fact]
    public void The_format_of_the_issue_parses_into_every_field()
    {
        var (s, d) = Parse("""
            name: Ban
            description: free text
            start: 2025-01-01
            horizon_days: 200
            measures: [M]
            controls:
              - issuer: CHN
                items: [m]
                destinations: [USA]
                kind: licence
                approval_rate: 0.3
                licence_delay_days: 45
                from: 2025-02-01
                until: 2025-06-01
            demand:
              - {product: p, country: USA}
            stocks: {default_days: 90, items: {m: 10}}
            expansion: {m: {spare_capacity_pct: 5, expansion_days: 100}}
            uncertain:
              approval_rate: {dist: uniform, min: 0.1, max: 0.6}
              licence_delay_days: {dist: triangular, min: 20, mode: 45, max: 120}
              stock_days_factor: {dist: lognormal, median: 1.0, sigma: 0.3}
              expansion_days_factor: {dist: uniform, min: 0.7, max: 1.5}
            """);
        Assert.False(d.HasErrors, string.Join("\n", d.Items));
        Assert.NotNull(s);
        Assert.Equal(new DateOnly(2025, 1, 1), s.Start);
        Assert.Equal(200, s.HorizonDays);
        Assert.Equal(["M"], s.MeasureIds);
        var c = Assert.Single(s.Controls);
        Assert.Equal((MeasureKind.Licence, 0.3, 45), (c.Kind, c.ApprovalRate!.Value, c.LicenceDelayDays!.Value));
        Assert.Equal((new DateOnly(2025, 2, 1), new DateOnly(2025, 6, 1)), (c.Effective, c.Ended!.Value));
        Assert.Equal("p", Assert.Single(s.Demand!).Product);
        Assert.Equal((90.0, 10.0), (s.Stocks.DefaultDays!.Value, s.Stocks.Items["m"]));
        Assert.Equal(100, s.Expansion["m"].ExpansionDays);
        Assert.Equal(DistributionKind.Triangular, s.Uncertain.LicenceDelayDays!.Kind);
    }

    [Fact]
    public void Every_error_is_reported_with_its_line_value_and_what_was_expected()
    {
        var (s, d) = Parse("""
            name: Bad
            start: 2025-13-01
            horizon_days: 0
            measures: [NOPE]
            controls:
              - issuer: CHN
                items: [unobtainium]
                destinations: "*"
                kind: embargo
            uncertain:
              approval_rate: {dist: gaussian, mean: 0.5}
            """);
        Assert.Null(s);
        var errors = d.Items.Where(x => x.Severity == Severity.Error).Select(x => x.ToString()).ToList();
        Assert.Contains(errors, e => e.StartsWith("s.yaml:2:", StringComparison.Ordinal) && e.Contains("'2025-13-01'", StringComparison.Ordinal) && e.Contains("YYYY-MM-DD", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("s.yaml:3:", StringComparison.Ordinal) && e.Contains("expected 1 to 3650", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("s.yaml:4:", StringComparison.Ordinal) && e.Contains("unknown measure 'NOPE'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("s.yaml:9:", StringComparison.Ordinal) && e.Contains("unknown kind 'embargo'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("s.yaml:11:", StringComparison.Ordinal) && e.Contains("unknown distribution 'gaussian'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_typo_in_a_field_name_is_a_warning_not_silence()
    {
        var (s, d) = Parse("name: X\nstart: 2025-01-01\nhorizon_day: 30\n");
        Assert.NotNull(s);
        Assert.Contains(d.Items, x => x.Severity == Severity.Warning && x.Line == 3 && x.Message.Contains("horizon_day", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_yaml_is_an_error_at_its_line()
    {
        var (s, d) = Parse("name: X\nstart: [2025-01-01\n");
        Assert.Null(s);
        Assert.Contains(d.Items, x => x.Severity == Severity.Error && x.Message.StartsWith("invalid YAML", StringComparison.Ordinal));
    }

    [Fact]
    public void Demand_without_a_row_in_demand_csv_needs_its_own_volume()
    {
        var (s, d) = Parse("name: X\nstart: 2025-01-01\ndemand:\n  - {product: p, country: DEU}\n");
        Assert.Null(s);
        Assert.Contains(d.Items, x => x.Line == 4 && x.Message.Contains("demand.csv has no row for p in DEU", StringComparison.Ordinal));
        var (ok, _) = Parse("name: X\nstart: 2025-01-01\ndemand:\n  - {product: p, country: DEU, units_per_year: 100}\n");
        Assert.NotNull(ok);
    }
}
