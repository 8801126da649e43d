using Chokepoint.Model;

namespace Chokepoint.Simulation.Calibration;

/// <summary>
/// Fits the licence phases of the registry to the observed flows of a dataset up to a cut-off (issue 18 §2). For each
/// observed series the measure is the earliest licence regime of the exporter on the series' items (toward its importer)
/// that took effect after the first observed month; the index base is the mean of the observed months within the 12
/// months before it; the phases fitted start on its effective date and on each registry phase date (for the series'
/// destination) up to the cut-off. Later phases stay as the registry sets them.
/// </summary>
public static class Calibrator
{
    /// <summary>The default cut-off: months up to the end of September 2025 are fitted, later months test the fit.</summary>
    public static readonly DateOnly DefaultUntil = new(2025, 9, 30);

    /// <summary>One fit (or the reason there is none) per observed series with a licence regime on it.</summary>
    public static IReadOnlyList<SeriesFit> Fit(Dataset dataset, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var fits = new List<SeriesFit>();
        foreach (var series in dataset.Tables.ObservedFlows.GroupBy(f => (f.ItemKey, f.Exporter, f.Importer)))
        {
            var rows = series.OrderBy(r => r.Month).ToList();
            var measure = MeasureOf(dataset, rows);
            if (measure is null) continue;
            var items = measure.Items.Where(rows[0].Items.Contains).ToList();
            var effective = measure.Effective;
            var baseline = rows.Where(r => r.Month.AddMonths(1) <= effective && r.Month >= effective.AddMonths(-12)).ToList();
            var used = rows.Where(r => r.Month.AddMonths(1) > effective && r.Month.AddMonths(1).AddDays(-1) <= until).ToList();
            var starts = PhaseStarts(measure, series.Key.Importer, items, until);
            string status;
            if (baseline.Count == 0 || baseline.Average(r => r.Quantity) <= 0) status = "no observed month in the 12 months before the measure: no index base";
            else if (used.Count == 0) status = $"no observed month between the measure and the cut-off {until:yyyy-MM-dd}";
            else status = "fitted";
            if (status != "fitted")
            {
                fits.Add(new SeriesFit(measure.Id, items, series.Key.Exporter, series.Key.Importer, series.Key.ItemKey, until,
                    baseline.Select(r => r.Month).ToList(), starts, null, [], [], status));
                continue;
            }
            var mean = baseline.Average(r => r.Quantity);
            var months = used.Select(r => (r.Month, r.Quantity / mean)).ToList();
            var fit = PhaseFitter.Fit(months, effective, starts);
            var modelled = Modelled(months, effective, starts, fit);
            fits.Add(new SeriesFit(measure.Id, items, series.Key.Exporter, series.Key.Importer, series.Key.ItemKey, until,
                baseline.Select(r => r.Month).ToList(), starts, fit,
                months.Select((m, i) => (m.Month, m.Item2, modelled[i])).ToList(),
                baseline.Concat(used).Select(r => r.Source).Distinct().ToList(), status));
        }
        return fits;
    }

    private static ControlMeasure? MeasureOf(Dataset dataset, List<ObservedFlow> rows)
    {
        // The first licence regime after the first observed month (it has a base); else the last one before it (no base).
        var first = rows[0].Month;
        var candidates = dataset.Tables.Controls
            .Where(m => m.IsLicenceRegime && m.Kind == MeasureKind.Licence && m.Issuer == rows[0].Exporter && m.Items.Any(rows[0].Items.Contains))
            .Where(m => rows[0].Importer == Names.Everyone ? m.Destinations.Contains(Names.Everyone) : m.Targets(rows[0].Importer))
            .OrderBy(m => m.Effective).ToList();
        return candidates.FirstOrDefault(m => m.Effective > first) ?? candidates.LastOrDefault();
    }

    private static List<DateOnly> PhaseStarts(ControlMeasure m, string importer, List<string> items, DateOnly until)
    {
        var starts = new SortedSet<DateOnly> { m.Effective };
        foreach (var p in m.Phases)
        {
            if (p.From > until || p.From <= m.Effective) continue;
            var sameDestination = importer == Names.Everyone ? p.Destinations.Contains(Names.Everyone) : p.NamesDestination(importer);
            if (sameDestination && items.Any(p.CoversItem)) starts.Add(p.From);
        }
        return [.. starts];
    }

    private static double[] Modelled(List<(DateOnly Month, double)> months, DateOnly effective, List<DateOnly> starts, PhaseFitResult fit) =>
        months.Select(m => PhaseFitter.ModelledIndex(m.Month, effective, starts, fit.DelayDays, fit.ApprovalRates)).ToArray();
}
