using Chokepoint.Model;
using Chokepoint.Simulation.Scenarios;

namespace Chokepoint.Simulation.Calibration;

/// <summary>
/// The dataset with each observed export series written over the licence phases of its measure (issue 18 §3,
/// <c>simulate --observed-flows</c>): from the measure's effective date, each observed month becomes a phase passing the
/// month's index (month ÷ the mean of the observed months in the 12 months before the measure; at most 1) toward the
/// series' destination for the measure's items in the series, with no delay, held until the next observed month;
/// registry phases of that group that begin inside the observed span give way. Items of the series the measure does not
/// list (customs count them under the same code, e.g. magnets without Dy/Tb) follow the same observed months through an
/// ad-hoc measure added to the scenario when it replays the measure. Elsewhere the registry's phases apply.
/// </summary>
public static class ObservedFlowPhases
{
    /// <summary>The dataset with observed series as phases, the scenario with the ad-hoc measures, and one note per series used or skipped.</summary>
    public static (Dataset Dataset, Scenario Scenario, IReadOnlyList<string> Notes) Apply(Dataset dataset, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(scenario);
        var notes = new List<string>();
        var extra = new List<ControlMeasure>();
        var measures = dataset.Tables.Controls.ToDictionary(m => m.Id, m => m);
        foreach (var fit in Calibrator.Fit(dataset, DateOnly.MaxValue))
        {
            var series = $"{fit.SeriesItems} {fit.Exporter}→{fit.Importer}";
            if (!scenario.MeasureIds.Contains(fit.MeasureId)) { notes.Add($"{series}: not used ({fit.MeasureId} is not in the scenario)"); continue; }
            if (fit.Fit is null) { notes.Add($"{series}: not used ({fit.Status})"); continue; }
            var m = measures[fit.MeasureId];
            var first = fit.Months[0].Month;
            var end = fit.Months[^1].Month.AddMonths(1);
            bool SameGroup(LicencePhase p) =>
                (fit.Importer == Names.Everyone ? p.Destinations.Contains(Names.Everyone) : p.NamesDestination(fit.Importer)) &&
                (p.Items.Count == 0 || p.Items.Intersect(fit.Items).Any());
            var kept = m.Phases.Where(p => !(SameGroup(p) && p.From < end)).ToList();
            var destinations = fit.Importer == Names.Everyone ? (IReadOnlyList<string>)[Names.Everyone] : [fit.Importer];
            var observed = fit.Months.Select(x => new LicencePhase
            {
                From = x.Month < m.Effective ? m.Effective : x.Month,
                Destinations = destinations,
                Items = fit.Items,
                ApprovalRate = Math.Clamp(x.Observed, 0, 1),
                LicenceDelayDays = 0,
                Confidence = Confidence.Medium,
                Sources = fit.Sources,
                Notes = $"observed index of {x.Month:yyyy-MM} ({series})",
            });
            measures[m.Id] = m with { Phases = [.. observed, .. kept], LicenceDelayDays = 0 };
            var others = fit.SeriesItems.Split(';').Where(i => !m.Items.Contains(i) && dataset.Items.ContainsKey(i)).ToList();
            if (others.Count > 0)
                extra.Add(new ControlMeasure
                {
                    Id = $"OBSERVED-{m.Id}-{fit.Importer.Replace("*", "ALL", StringComparison.Ordinal)}", Issuer = fit.Exporter, Kind = MeasureKind.Licence,
                    Instrument = $"observed exports of {string.Join(", ", others)} ({series})", Announced = m.Effective, Effective = m.Effective,
                    Items = others, Destinations = destinations, ApprovalRate = 1, LicenceDelayDays = 0, Sources = fit.Sources,
                    Phases = [.. observed.Select(p => p with { Items = [] })],
                });
            notes.Add($"{series}: exports driven by the observed series {first:yyyy-MM}…{end.AddMonths(-1):yyyy-MM} ({fit.Months.Count} months) for " +
                      $"{string.Join(", ", fit.Items.Concat(others))} under {m.Id}");
        }
        var tables = dataset.Tables with { Controls = dataset.Tables.Controls.Select(m => measures[m.Id]).ToList() };
        return (new Dataset(tables), scenario with { Controls = [.. scenario.Controls, .. extra] }, notes);
    }
}
