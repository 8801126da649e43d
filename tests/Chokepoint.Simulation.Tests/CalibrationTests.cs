using Chokepoint.Model;
using Chokepoint.Simulation.Calibration;
using Chokepoint.Testing;

namespace Chokepoint.Simulation.Tests;

/// <summary>chokepoint calibrate (issue 18 §2): the fit recovers known parameters from a synthetic series.</summary>
public sealed class CalibrationTests
{
    private static readonly DateOnly Effective = new(2025, 4, 4);
    private static readonly DateOnly Second = new(2025, 6, 1);

    private static List<(DateOnly Month, double Index)> Synthetic(int delay, double first, double second, int months = 8) =>
        Enumerable.Range(0, months).Select(i => new DateOnly(2025, 4, 1).AddMonths(i))
            .Select(m => (m, PhaseFitter.ModelledIndex(m, Effective, [Effective, Second], delay, [first, second]))).ToList();

    [Fact]
    public void The_fit_recovers_the_delay_and_phase_rates_of_a_synthetic_series()
    {
        var fit = PhaseFitter.Fit(Synthetic(20, 0.3, 0.8), Effective, [Effective, Second]);

        Assert.Equal(20, fit.DelayDays);
        Assert.Equal(0.3, fit.ApprovalRates[0]!.Value, 3);
        Assert.Equal(0.8, fit.ApprovalRates[1]!.Value, 3);
        Assert.True(fit.RmsResidual < 1e-6, $"residual {fit.RmsResidual}");
        Assert.Equal(8, fit.MonthsUsed);
    }

    [Fact]
    public void Rates_stay_within_zero_and_one_when_the_series_overshoots_its_base()
    {
        var months = Synthetic(0, 0.5, 1.0).Select((m, i) => (m.Month, i >= 3 ? 1.2 : m.Index)).ToList();

        var fit = PhaseFitter.Fit(months, Effective, [Effective, Second]);

        Assert.All(fit.ApprovalRates, r => Assert.InRange(r!.Value, 0.0, 1.0));
        Assert.Equal(1.0, fit.ApprovalRates[1]!.Value, 6);
    }

    [Fact]
    public void A_phase_with_no_month_after_the_delay_is_not_identified()
    {
        var fit = PhaseFitter.FitGivenDelay(Synthetic(0, 0.4, 0.9, months: 2), Effective, [Effective, Second], 0);

        Assert.Equal(0.4, fit.ApprovalRates[0]!.Value, 6);
        Assert.Null(fit.ApprovalRates[1]);
    }

    [Fact]
    public void Calibrate_fits_observed_flows_up_to_the_cutoff_and_ignores_later_months()
    {
        var truth = Synthetic(10, 0.25, 0.7, months: 9);
        var rows = new List<ObservedFlow>
        {
            new(new DateOnly(2025, 1, 1), ["m"], "CHN", Names.Everyone, 100, "t", DatasetBuilder.SourceId),
            new(new DateOnly(2025, 2, 1), ["m"], "CHN", Names.Everyone, 100, "t", DatasetBuilder.SourceId),
        };
        // Months after the 2025-09-30 cut-off are far off the truth: they must not move the fit.
        rows.AddRange(truth.Select(t => new ObservedFlow(t.Month, ["m"], "CHN", Names.Everyone, t.Month > new DateOnly(2025, 9, 1) ? 0 : 100 * t.Index, "t", DatasetBuilder.SourceId)));
        var tables = new DatasetBuilder().Item("m").Produced("m", ("CHN", 100))
            .Measure("M", ["m"], m => m with { Kind = MeasureKind.Licence, Effective = Effective, Announced = Effective, ApprovalRate = 0.5, LicenceDelayDays = 30, Phases = [new LicencePhase { From = Second, ApprovalRate = 0.9 }] })
            .Tables() with { ObservedFlows = rows };

        var fit = Assert.Single(Calibrator.Fit(new Dataset(tables), new DateOnly(2025, 9, 30)));

        Assert.Equal("fitted", fit.Status);
        Assert.Equal(6, fit.Fit!.MonthsUsed);
        Assert.Equal(10, fit.Fit.DelayDays);
        Assert.Equal(0.25, fit.Fit.ApprovalRates[0]!.Value, 3);
        Assert.Equal(0.7, fit.Fit.ApprovalRates[1]!.Value, 3);
    }

    [Fact]
    public void The_registry_writer_marks_fitted_phases_and_keeps_later_and_other_lines()
    {
        const string yaml = "measures:\n- id: M\n  kind: licence\n  items: [a, b]\n  destinations: \"*\"\n  licence_delay_days: 30\n  phases:\n    - from: 2025-04-04\n      approval_rate: 0.2\n    - from: 2025-12-02\n      approval_rate: 0.95\n  sources: [s]\n# kept\n";
        var fit = new SeriesFit("M", ["a"], "CHN", "*", "a", new DateOnly(2025, 9, 30), [new DateOnly(2025, 3, 1)], [Effective],
            new PhaseFitResult(12, [0.4], 0.01, 5), [], ["s"], "fitted");

        var text = RegistryFitWriter.Apply(yaml, [fit]);

        Assert.Contains("  licence_delay_days: 12\n", text, StringComparison.Ordinal);
        Assert.Contains("      items: [a]\n      approval_rate: 0.4\n      licence_delay_days: 12\n", text, StringComparison.Ordinal);
        Assert.Contains("      fitted_until: 2025-09-30\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("approval_rate: 0.2\n", text, StringComparison.Ordinal);
        Assert.Contains("    - from: 2025-12-02\n      approval_rate: 0.95\n", text, StringComparison.Ordinal);
        Assert.EndsWith("  sources: [s]\n# kept\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phase_naming_items_applies_to_those_items_only()
    {
        var m = new ControlMeasure
        {
            Id = "M", Issuer = "CHN", Kind = MeasureKind.Licence, Instrument = "M", Announced = Effective, Effective = Effective,
            Items = ["a", "b"], Destinations = [Names.Everyone], Sources = ["s"],
            Phases = [new LicencePhase { From = Effective, ApprovalRate = 0.3 }, new LicencePhase { From = Effective, Items = ["a"], ApprovalRate = 0.9 }],
        };

        Assert.Equal(0.9, m.PhaseOn(Second, "USA", item: "a")!.ApprovalRate);
        Assert.Equal(0.3, m.PhaseOn(Second, "USA", item: "b")!.ApprovalRate);
    }
}
